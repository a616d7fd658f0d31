package org.lfpl.notification.routing;

import io.cloudevents.CloudEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lfpl.events.backbone.consume.IncomingEvent;
import org.lfpl.notification.audience.Audiences;
import org.lfpl.notification.delivery.Dispatcher;
import org.lfpl.notification.delivery.Message;
import org.lfpl.notification.email.Emails;
import org.lfpl.notification.inapp.InAppNotifications;
import org.lfpl.notification.preferences.Preferences;
import org.lfpl.notification.summary.OrganiserSummaries;
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
 * Routes registration-service's events: each change of a member's registration to that member,
 * their saved profile to them; keeps the audiences (contact facts, confirmed participants,
 * symposium titles) in step. Event types not known here are skipped.
 */
@Component
class RegistrationEventsListener {

    private final Audiences audiences;
    private final Dispatcher dispatcher;
    private final InAppNotifications inApp;
    private final Preferences preferences;
    private final Emails emails;
    private final OrganiserSummaries summaries;

    RegistrationEventsListener(Audiences audiences, Dispatcher dispatcher, InAppNotifications inApp,
            Preferences preferences, Emails emails, OrganiserSummaries summaries) {
        this.summaries = summaries;
        this.audiences = audiences;
        this.dispatcher = dispatcher;
        this.inApp = inApp;
        this.preferences = preferences;
        this.emails = emails;
    }

    // The group is the application name (set by the backbone), so the dead-letter topic names this service.
    @KafkaListener(id = "notification-registration-events", idIsGroup = false, topics = RegistrationTopics.EVENTS)
    void on(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        if (event.is(MemberUpdated.class)) {
            MemberUpdated member = event.data(MemberUpdated.class);
            audiences.memberUpdated(member, event.time());
            tell(event, member.memberId(), "profile", "Your profile was saved",
                    "Your profile is up to date, " + member.displayName() + ".", "/profile");
        } else if (event.is(MemberErased.class)) {
            String memberId = event.data(MemberErased.class).memberId();
            inApp.forget(memberId);
            audiences.forget(memberId);
            preferences.forget(memberId);
            emails.forget(memberId);
        } else if (event.is(SymposiumPublished.class)) {
            var symposium = event.data(SymposiumPublished.class).symposium();
            audiences.symposiumTitled(symposium.symposiumId(), symposium.title(), event.time());
        } else if (event.is(SymposiumUpdated.class)) {
            var symposium = event.data(SymposiumUpdated.class).symposium();
            audiences.symposiumTitled(symposium.symposiumId(), symposium.title(), event.time());
        } else if (event.is(RegistrationOffered.class)) {
            RegistrationOffered offered = event.data(RegistrationOffered.class);
            registration(event, offered.registration(), "A place is free for you",
                    "A place at %s is yours if you accept it by " + deadline(offered) + ".");
        } else {
            routeChange(event);
        }
    }

    private void routeChange(IncomingEvent event) {
        if (event.is(RegistrationSubmitted.class) || event.is(RegistrationConfirmed.class)
                || event.is(RegistrationWaitlisted.class)) {
            // New or newly placed registrations, for the organisers' summary (a set: each counts once a day).
            RegistrationFacts facts = facts(event);
            summaries.registration(facts.symposiumId(), facts.registrationId(), event.time());
        }
        if (event.is(RegistrationSubmitted.class)) {
            registration(event, facts(event), "Your registration awaits approval",
                    "The organisers of %s will confirm your registration.");
        } else if (event.is(RegistrationConfirmed.class)) {
            registration(event, facts(event), "You are registered", "Your place at %s is confirmed.");
        } else if (event.is(RegistrationWaitlisted.class)) {
            registration(event, facts(event), "You are on the waitlist",
                    "%s is full; you will be offered the next free place in your turn.");
        } else if (event.is(RegistrationExpired.class)) {
            registration(event, facts(event), "Your offer expired",
                    "The place offered to you at %s passed to the next in line.");
        } else if (event.is(RegistrationRejected.class)) {
            registration(event, facts(event), "Your registration was not accepted",
                    "The organisers of %s could not accept your registration.");
        } else if (event.is(RegistrationCancelled.class)) {
            registration(event, facts(event), "Your registration is cancelled", "You no longer take part in %s.");
        } else if (event.is(RegistrationStrandsChanged.class)) {
            audiences.registration(facts(event), event.time());
        }
    }

    private void registration(IncomingEvent event, RegistrationFacts facts, String title, String body) {
        audiences.registration(facts, event.time());
        tell(event, facts.memberId(), "registration", title,
                String.format(body, audiences.symposiumTitle(facts.symposiumId())), "/symposia/" + facts.symposiumId());
    }

    private void tell(IncomingEvent event, String memberId, String category, String title, String body, String link) {
        dispatcher.deliver(new Message(event.id(), memberId, category, title, body, link, event.time()));
    }

    /** The offer's deadline in the member's own time zone when known. */
    private String deadline(RegistrationOffered offered) {
        if (offered.acceptBy() == null) {
            return "the deadline the organisers set";
        }
        ZoneId zone = audiences.zoneOf(offered.registration().memberId());
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH).withZone(zone)
                .format(offered.acceptBy());
    }

    private static RegistrationFacts facts(IncomingEvent event) {
        return event.data(FactsOnly.class).registration();
    }

    /** Every registration event's data starts with the same facts. */
    record FactsOnly(RegistrationFacts registration) {}
}
