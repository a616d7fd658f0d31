package org.lfpl.dialogue.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/**
 * A scheduled dialogue moved to another slot or room; {@code previous} is where it was.
 * {@code afterPublishing}: participants already saw the programme and should be told.
 */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.dialogue.rescheduled", version = 1)
public record DialogueRescheduled(SessionFacts session, SessionFacts previous, boolean afterPublishing)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return session.dialogueId();
    }
}
