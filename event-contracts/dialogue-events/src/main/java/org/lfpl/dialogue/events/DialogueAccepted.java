package org.lfpl.dialogue.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** Organisers accepted the dialogue for the programme. */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.dialogue.accepted", version = 1)
public record DialogueAccepted(DialogueFacts dialogue, String comment) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return dialogue.dialogueId();
    }
}
