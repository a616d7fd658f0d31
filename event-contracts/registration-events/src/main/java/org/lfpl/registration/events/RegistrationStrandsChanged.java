package org.lfpl.registration.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** The member changed their strands (caps re-checked). */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.registration.strands-changed", version = 1)
public record RegistrationStrandsChanged(RegistrationFacts registration) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return registration.registrationId();
    }
}
