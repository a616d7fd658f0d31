package org.lfpl.notification.delivery;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.lfpl.notification.inapp.InAppNotifications;
import org.lfpl.notification.inapp.Notification;
import org.lfpl.notification.email.Emails;
import org.lfpl.notification.live.LiveStreams;
import org.lfpl.notification.preferences.Channel;
import org.lfpl.notification.preferences.Mode;
import org.lfpl.notification.preferences.Preferences;
import org.springframework.stereotype.Service;

/**
 * Delivers routed messages by each member's preferences: stored once per (event, recipient) in the
 * in-app inbox, then sent to the member's live streams on this instance, and queued once as an
 * email, at once or for a digest. A redelivered event finds its notification stored and does nothing.
 */
@Service
public class Dispatcher {

    private final InAppNotifications inApp;
    private final LiveStreams live;
    private final Preferences preferences;
    private final Emails emails;

    Dispatcher(InAppNotifications inApp, LiveStreams live, Preferences preferences, Emails emails) {
        this.inApp = inApp;
        this.live = live;
        this.preferences = preferences;
        this.emails = emails;
    }

    /** Returns whether the in-app notification was stored now (false for a redelivery or when in-app is off). */
    public boolean deliver(Message message) {
        return deliver(message, null);
    }

    /** The same, with an iCalendar text the email attaches (a dialogue placed or moved). */
    public boolean deliver(Message message, String calendar) {
        Notification notification = Notification.of(message.eventId(), message.recipientId(), message.category(),
                message.title(), message.body(), message.link(), message.at());
        Map<Channel, Mode> modes = preferences.modesOf(message.recipientId(), message.category()); // one read
        boolean first = false;
        if (modes.get(Channel.IN_APP) != Mode.OFF) {
            Optional<Notification> stored = inApp.deliver(notification);
            stored.ifPresent(live::send);
            first = stored.isPresent();
        }
        emails.queue(notification.id(), message, modes.get(Channel.EMAIL), calendar);
        return first;
    }

    public void deliverToAll(Collection<String> recipients, String eventId, String category, String title, String body,
            String link, java.time.Instant at) {
        deliverToAll(recipients, eventId, category, title, body, link, at, null);
    }

    public void deliverToAll(Collection<String> recipients, String eventId, String category, String title, String body,
            String link, java.time.Instant at, String calendar) {
        for (String recipient : recipients) {
            deliver(new Message(eventId, recipient, category, title, body, link, at), calendar);
        }
    }
}
