package org.lfpl.dialogue.events;

import java.util.List;
import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/**
 * A structured output of a dialogue was recorded: {@code kind} INSIGHT, QUESTION, TENSION or
 * NEXT_STEP, tagged with principles 1 to 5.
 */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.insight.recorded", version = 1)
public record InsightRecorded(String insightId, String dialogueId, String symposiumId, String strandId, String kind,
        List<Integer> principles, String authorId) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return insightId;
    }
}
