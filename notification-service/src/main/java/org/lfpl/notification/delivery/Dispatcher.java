package org.lfpl.notification.delivery;

import java.util.Collection;
import org.lfpl.notification.inapp.InAppNotifications;
import org.lfpl.notification.inapp.Notification;
import org.lfpl.notification.live.LiveStreams;
import org.springframework.stereotype.Service;

/**
 * Delivers routed messages: stored once per (event, recipient) in the in-app inbox, which is also
 * what the live stream reads (its connections are signalled). A redelivered event finds its notification stored and does nothing.
 */
@Service
public class Dispatcher {

    private final InAppNotifications inApp;
    private final LiveStreams live;

    Dispatcher(InAppNotifications inApp, LiveStreams live) {
        this.inApp = inApp;
        this.live = live;
    }

    /** Returns whether this was the first delivery of the message. */
    public boolean deliver(Message message) {
        boolean first = inApp.deliver(Notification.of(message.eventId(), message.recipientId(), message.category(),
                message.title(), message.body(), message.link(), message.at()));
        if (first) {
            live.signal(message.recipientId());
        }
        return first;
    }

    public void deliverToAll(Collection<String> recipients, String eventId, String category, String title, String body,
            String link, java.time.Instant at) {
        for (String recipient : recipients) {
            deliver(new Message(eventId, recipient, category, title, body, link, at));
        }
    }
}
