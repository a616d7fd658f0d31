package org.lfpl.dialogue.events;

/** Topics dialogue-service owns. Consumers subscribe by these constants, never by copied strings. */
public final class DialogueTopics {

    /** Every dialogue-service event, keyed by dialogue id. */
    public static final String EVENTS = "lfpl.dialogue.events.v1";

    private DialogueTopics() {}
}
