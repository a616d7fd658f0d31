package org.lfpl.registration.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** The member holds a seat: a confirmed participant. */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.registration.confirmed", version = 1)
public record RegistrationConfirmed(RegistrationFacts registration) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return registration.registrationId();
    }
}
