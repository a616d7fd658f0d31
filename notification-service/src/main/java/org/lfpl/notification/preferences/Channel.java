package org.lfpl.notification.preferences;

/** Where a member hears of things: the portal's inbox (and its live stream), or email. */
public enum Channel { IN_APP, EMAIL }
