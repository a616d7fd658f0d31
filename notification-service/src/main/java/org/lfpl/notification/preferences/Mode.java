package org.lfpl.notification.preferences;

/** How often: at once, gathered into a daily or weekly digest email, or not at all. */
public enum Mode { INSTANT, DAILY, WEEKLY, OFF }
