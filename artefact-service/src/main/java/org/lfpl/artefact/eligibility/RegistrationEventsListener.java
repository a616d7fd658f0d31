package org.lfpl.artefact.eligibility;

import io.cloudevents.CloudEvent;
import java.util.List;
import org.lfpl.events.backbone.consume.IncomingEvent;
import org.lfpl.events.contract.IntegrationEvent;
import org.lfpl.registration.events.MemberErased;
import org.lfpl.registration.events.RegistrationCancelled;
import org.lfpl.registration.events.RegistrationConfirmed;
import org.lfpl.registration.events.RegistrationExpired;
import org.lfpl.registration.events.RegistrationFacts;
import org.lfpl.registration.events.RegistrationOffered;
import org.lfpl.registration.events.RegistrationRejected;
import org.lfpl.registration.events.RegistrationStrandsChanged;
import org.lfpl.registration.events.RegistrationSubmitted;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.registration.events.RegistrationWaitlisted;
import org.lfpl.registration.events.SymposiumPublished;
import org.lfpl.registration.events.SymposiumUpdated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Eligibility} in step with registration-service. Every registration event carries the
 * whole registration, so applying the latest one is enough; event types not known here are skipped.
 */
@Component
class RegistrationEventsListener {

    private static final List<Class<? extends IntegrationEvent>> REGISTRATION_EVENTS = List.of(
            RegistrationSubmitted.class, RegistrationConfirmed.class, RegistrationWaitlisted.class,
            RegistrationOffered.class, RegistrationExpired.class, RegistrationCancelled.class,
            RegistrationRejected.class, RegistrationStrandsChanged.class);

    private final Eligibility eligibility;
    private final ApplicationEventPublisher inProcess;

    RegistrationEventsListener(Eligibility eligibility, ApplicationEventPublisher inProcess) {
        this.eligibility = eligibility;
        this.inProcess = inProcess;
    }

    @KafkaListener(id = "artefact-registration-events", idIsGroup = false, topics = RegistrationTopics.EVENTS)
    void on(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        if (event.is(MemberErased.class)) {
            String memberId = event.data(MemberErased.class).memberId();
            inProcess.publishEvent(new MemberForgotten(memberId)); // artefacts first: a failure retries both
            eligibility.forget(memberId);
        } else if (event.is(SymposiumPublished.class)) {
            eligibility.symposiumAnnounced(event.data(SymposiumPublished.class).symposium(), event.time());
        } else if (event.is(SymposiumUpdated.class)) {
            eligibility.symposiumAnnounced(event.data(SymposiumUpdated.class).symposium(), event.time());
        } else if (REGISTRATION_EVENTS.stream().anyMatch(event::is)) {
            eligibility.apply(event.data(FactsOnly.class).registration(), event.id(), event.time());
        }
    }

    /** Every registration event's data starts with the same facts. */
    record FactsOnly(RegistrationFacts registration) {}
}
