package org.lfpl.artefact.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** The owner uploaded a new version of a file; earlier versions stay in the history. */
@EventType(topic = ArtefactTopics.EVENTS, name = "org.lfpl.artefact.artefact.version-added", version = 1)
public record ArtefactVersionAdded(ArtefactFacts artefact) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return artefact.artefactId();
    }
}
