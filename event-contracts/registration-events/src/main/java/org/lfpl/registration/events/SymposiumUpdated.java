package org.lfpl.registration.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** A published symposium changed (dates, strands, capacity, status). */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.symposium.updated", version = 1)
public record SymposiumUpdated(SymposiumFacts symposium) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return symposium.symposiumId();
    }
}
