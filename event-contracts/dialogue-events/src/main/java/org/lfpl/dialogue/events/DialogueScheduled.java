package org.lfpl.dialogue.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/**
 * Organisers gave the dialogue a slot and a room. {@code afterPublishing}: participants already
 * saw the programme and should be told.
 */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.dialogue.scheduled", version = 1)
public record DialogueScheduled(SessionFacts session, boolean afterPublishing) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return session.dialogueId();
    }
}
