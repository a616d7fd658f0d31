package org.lfpl.dialogue.events;

import java.util.List;
import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** Organisers published the programme; participants can plan their days. */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.programme.published", version = 1)
public record ProgrammePublished(String symposiumId, List<SessionFacts> sessions) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return symposiumId;
    }
}
