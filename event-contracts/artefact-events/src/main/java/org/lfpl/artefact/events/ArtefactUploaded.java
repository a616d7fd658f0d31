package org.lfpl.artefact.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** An artefact became available: the first version of a file was stored, or a link was added. */
@EventType(topic = ArtefactTopics.EVENTS, name = "org.lfpl.artefact.artefact.uploaded", version = 1)
public record ArtefactUploaded(ArtefactFacts artefact) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return artefact.artefactId();
    }
}
