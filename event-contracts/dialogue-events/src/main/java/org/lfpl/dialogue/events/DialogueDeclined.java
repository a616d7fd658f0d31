package org.lfpl.dialogue.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** Organisers declined the dialogue; comment says why. */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.dialogue.declined", version = 1)
public record DialogueDeclined(DialogueFacts dialogue, String comment) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return dialogue.dialogueId();
    }
}
