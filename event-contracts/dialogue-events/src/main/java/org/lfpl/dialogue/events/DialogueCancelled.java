package org.lfpl.dialogue.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** The dialogue will not take place; its participants are taken out of it (each gets dialogue.left). */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.dialogue.cancelled", version = 1)
public record DialogueCancelled(DialogueFacts dialogue, String comment) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return dialogue.dialogueId();
    }
}
