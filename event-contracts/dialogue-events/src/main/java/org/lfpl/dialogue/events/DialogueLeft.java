package org.lfpl.dialogue.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/**
 * A participant left a dialogue. {@code reason}: LEFT (their choice), DIALOGUE_CANCELLED, REGISTRATION_ENDED (their
 * registration was cancelled or ended) or STRAND_DROPPED (they no longer take part in its strand);
 * hosts are told for the last two.
 */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.dialogue.left", version = 1)
public record DialogueLeft(String agendaId, String dialogueId, String symposiumId, String memberId, String strandId,
        String reason) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return agendaId;
    }
}
