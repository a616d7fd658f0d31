package org.lfpl.registration.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/** No seat was free; the member waits in line (first come, first served). */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.registration.waitlisted", version = 1)
public record RegistrationWaitlisted(RegistrationFacts registration) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return registration.registrationId();
    }
}
