package org.lfpl.artefact.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** The artefact was linked to a dialogue of its symposium. */
@EventType(topic = ArtefactTopics.EVENTS, name = "org.lfpl.artefact.artefact.linked", version = 1)
public record ArtefactLinked(ArtefactFacts artefact, String dialogueId) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return artefact.artefactId();
    }
}
