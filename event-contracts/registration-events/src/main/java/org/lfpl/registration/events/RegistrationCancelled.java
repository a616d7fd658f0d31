package org.lfpl.registration.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** The registration was cancelled by the member or an organiser; any seat is freed. */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.registration.cancelled", version = 1)
public record RegistrationCancelled(RegistrationFacts registration) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return registration.registrationId();
    }
}
