package org.lfpl.dialogue.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** Organisers returned the proposal to its host for revision with a comment. */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.dialogue.returned", version = 1)
public record DialogueReturned(DialogueFacts dialogue, String comment) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return dialogue.dialogueId();
    }
}
