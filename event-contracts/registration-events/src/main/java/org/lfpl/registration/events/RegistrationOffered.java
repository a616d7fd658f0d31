package org.lfpl.registration.events;

import java.time.Instant;
import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** A freed seat is held for a waitlisted member until {@code acceptBy}; then it passes to the next. */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.registration.offered", version = 1)
public record RegistrationOffered(RegistrationFacts registration, Instant acceptBy) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return registration.registrationId();
    }
}
