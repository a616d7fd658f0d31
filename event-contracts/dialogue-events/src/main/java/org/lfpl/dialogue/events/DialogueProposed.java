package org.lfpl.dialogue.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** A participant proposed the dialogue they will host, or changed it (check status). */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.dialogue.proposed", version = 1)
public record DialogueProposed(DialogueFacts dialogue) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return dialogue.dialogueId();
    }
}
