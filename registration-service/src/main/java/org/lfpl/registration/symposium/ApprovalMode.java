package org.lfpl.registration.symposium;

/** Automatic: a registration with a free seat is confirmed at once. Moderated: an organiser approves each. */
public enum ApprovalMode { AUTOMATIC, MODERATED }
