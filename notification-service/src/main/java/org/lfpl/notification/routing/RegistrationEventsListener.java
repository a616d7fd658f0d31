package org.lfpl.notification.routing;

import io.cloudevents.CloudEvent;
import org.lfpl.events.backbone.consume.IncomingEvent;
import org.lfpl.notification.inapp.InAppNotifications;
import org.lfpl.notification.inapp.Notification;
import org.lfpl.registration.events.MemberErased;
import org.lfpl.registration.events.MemberUpdated;
import org.lfpl.registration.events.RegistrationTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns registration-service events into notifications. Event types this service does not know
 * are skipped, so the producer can add types without coordinating a release.
 */
@Component
class RegistrationEventsListener {

    private static final Logger log = LoggerFactory.getLogger(RegistrationEventsListener.class);

    private final InAppNotifications inApp;

    RegistrationEventsListener(InAppNotifications inApp) {
        this.inApp = inApp;
    }

    // The group is the application name (set by the backbone), so the dead-letter topic names this service.
    @KafkaListener(id = "notification-registration-events", idIsGroup = false, topics = RegistrationTopics.EVENTS)
    void on(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        if (event.is(MemberUpdated.class)) {
            memberUpdated(event, event.data(MemberUpdated.class));
        } else if (event.is(MemberErased.class)) {
            inApp.forget(event.data(MemberErased.class).memberId());
        }
    }

    private void memberUpdated(IncomingEvent event, MemberUpdated member) {
        boolean delivered = inApp.deliver(Notification.of(event.id(), member.memberId(), "profile",
                "Your profile was saved",
                "Your profile is up to date, " + member.displayName() + ".", "/profile", event.time()));
        if (!delivered) {
            log.debug("Event {} already delivered to {}", event.id(), member.memberId());
        }
    }
}
