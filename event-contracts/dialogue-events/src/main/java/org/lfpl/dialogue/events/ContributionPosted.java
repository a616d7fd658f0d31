package org.lfpl.dialogue.events;

import java.util.List;
import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** Someone posted to a dialogue's discussion (a reply names its parent). No text: readers fetch it with their rights. */
@EventType(topic = DialogueTopics.EVENTS, name = "org.lfpl.dialogue.contribution.posted", version = 1)
public record ContributionPosted(String contributionId, String dialogueId, String symposiumId, String authorId,
        String parentId, List<String> artefactIds) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return contributionId;
    }
}
