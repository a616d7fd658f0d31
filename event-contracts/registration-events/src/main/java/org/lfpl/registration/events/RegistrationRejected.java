package org.lfpl.registration.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** An organiser rejected a pending registration. */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.registration.rejected", version = 1)
public record RegistrationRejected(RegistrationFacts registration) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return registration.registrationId();
    }
}
