package org.lfpl.dialogue.participation;

import io.cloudevents.CloudEvent;
import java.util.List;
import org.lfpl.events.backbone.consume.IncomingEvent;
import org.lfpl.events.contract.IntegrationEvent;
import org.lfpl.registration.events.MemberErased;
import org.lfpl.registration.events.MemberUpdated;
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
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Participants} in step with registration-service. Every registration event carries
 * the whole registration (state and strands), so applying the latest one is enough. Event types
 * this service does not know are skipped.
 */
@Component
class RegistrationEventsListener {

    private final Participants participants;

    RegistrationEventsListener(Participants participants) {
        this.participants = participants;
    }

    @KafkaListener(id = "dialogue-registration-events", idIsGroup = false, topics = RegistrationTopics.EVENTS)
    void on(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        if (event.is(MemberErased.class)) {
            participants.forget(event.data(MemberErased.class).memberId());
            return;
        }
        if (event.is(MemberUpdated.class)) {
            MemberUpdated updated = event.data(MemberUpdated.class);
            participants.renamed(updated.memberId(), updated.displayName());
            return;
        }
        if (event.is(SymposiumPublished.class)) {
            participants.symposiumAnnounced(event.data(SymposiumPublished.class).symposium(), event.time());
            return;
        }
        if (event.is(SymposiumUpdated.class)) {
            participants.symposiumAnnounced(event.data(SymposiumUpdated.class).symposium(), event.time());
            return;
        }
        RegistrationFacts facts = factsOf(event);
        if (facts != null) {
            participants.apply(facts, event.id(), event.time());
        }
    }

    private static final List<Class<? extends IntegrationEvent>> REGISTRATION_EVENTS = List.of(
            RegistrationSubmitted.class, RegistrationConfirmed.class, RegistrationWaitlisted.class,
            RegistrationOffered.class, RegistrationExpired.class, RegistrationCancelled.class,
            RegistrationRejected.class, RegistrationStrandsChanged.class);

    private static RegistrationFacts factsOf(IncomingEvent event) {
        return REGISTRATION_EVENTS.stream().anyMatch(event::is) ? event.data(FactsOnly.class).registration() : null;
    }

    /** Every registration event's data starts with the same facts. */
    record FactsOnly(RegistrationFacts registration) {}
}
