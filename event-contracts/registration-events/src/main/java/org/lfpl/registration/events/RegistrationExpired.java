package org.lfpl.registration.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** An offered seat was not accepted before its deadline and passes on. */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.registration.expired", version = 1)
public record RegistrationExpired(RegistrationFacts registration) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return registration.registrationId();
    }
}
