package org.lfpl.registration.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** Organisers published the symposium: it is visible and open for registration in its window. */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.symposium.published", version = 1)
public record SymposiumPublished(SymposiumFacts symposium) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return symposium.symposiumId();
    }
}
