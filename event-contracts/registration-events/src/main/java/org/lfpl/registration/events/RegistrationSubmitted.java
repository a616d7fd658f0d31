package org.lfpl.registration.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** A member registered and awaits an organiser's approval. */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.registration.submitted", version = 1)
public record RegistrationSubmitted(RegistrationFacts registration) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return registration.registrationId();
    }
}
