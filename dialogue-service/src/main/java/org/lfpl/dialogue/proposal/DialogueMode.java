package org.lfpl.dialogue.proposal;

/** Where participants meet. */
public enum DialogueMode {
    IN_PERSON, VIRTUAL, HYBRID
}
