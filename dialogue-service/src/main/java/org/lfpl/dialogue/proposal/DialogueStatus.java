package org.lfpl.dialogue.proposal;

/** Where a dialogue is in curation. */
public enum DialogueStatus {
    /** Waiting for organisers. */
    PROPOSED,
    /** Sent back to its host with a comment; the host revises and it is PROPOSED again. */
    RETURNED,
    /** In the programme's pool, ready to be scheduled. */
    ACCEPTED,
    /** Not taken; the host may propose again. */
    DECLINED,
    /** Called off by its host or the organisers; the host may propose again. */
    CANCELLED
}
