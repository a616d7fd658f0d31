package org.lfpl.artefact.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** The artefact is no longer shared. {@code by}: OWNER (withdrawn), ORGANISER (taken down, with a reason) or ERASURE (its owner's account was erased). */
@EventType(topic = ArtefactTopics.EVENTS, name = "org.lfpl.artefact.artefact.withdrawn", version = 1)
public record ArtefactWithdrawn(ArtefactFacts artefact, String by, String reason) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return artefact.artefactId();
    }
}
