package org.lfpl.dialogue.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** A participant joined a scheduled dialogue. Keyed by the member's agenda, so a member's joins stay in order. */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.dialogue.joined", version = 1)
public record DialogueJoined(String agendaId, String dialogueId, String symposiumId, String memberId, String strandId)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return agendaId;
    }
}
