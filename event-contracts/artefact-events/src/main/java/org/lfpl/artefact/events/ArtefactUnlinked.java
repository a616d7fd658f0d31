package org.lfpl.artefact.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** The artefact's link to a dialogue was removed. */
@EventType(topic = ArtefactTopics.EVENTS, name = "org.lfpl.artefact.artefact.unlinked", version = 1)
public record ArtefactUnlinked(ArtefactFacts artefact, String dialogueId) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return artefact.artefactId();
    }
}
