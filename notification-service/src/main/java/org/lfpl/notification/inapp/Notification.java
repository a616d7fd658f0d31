package org.lfpl.notification.inapp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message for one member, caused by one event. Its id is derived from (event id, recipient),
 * so a redelivered event maps to the same id and the insert that would duplicate it fails: the
 * dedupe check and the effect are one write. {@code seq} orders every notification as stored
 * (the live stream's event id).
 */
@Document("notifications")
@CompoundIndex(name = "recipient_newest_first", def = "{'recipientId': 1, 'createdAt': -1}")
@CompoundIndex(name = "recipient_in_order", def = "{'recipientId': 1, 'seq': 1}")
// The bell's unread count, asked on every delivery and page view: counted from the index alone
// (readAt missing or null), not by reading each of the member's notifications.
@CompoundIndex(name = "recipient_unread", def = "{'recipientId': 1, 'readAt': 1}")
public record Notification(
        @Id String id,
        String recipientId,
        String eventId,
        String category,
        String title,
        String body,
        String link,
        Instant createdAt,
        Instant readAt,
        long seq) {

    public static Notification of(String eventId, String recipientId, String category, String title, String body,
            String link, Instant createdAt) {
        return new Notification(idFor(eventId, recipientId), recipientId, eventId, category, title, body, link,
                createdAt, null, 0);
    }

    public static String idFor(String eventId, String recipientId) {
        return UUID.nameUUIDFromBytes((eventId + "|" + recipientId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    Notification numbered(long number) {
        return new Notification(id, recipientId, eventId, category, title, body, link, createdAt, readAt, number);
    }

    public NotificationView view() {
        return new NotificationView(id, category, title, body, link, createdAt, readAt != null, seq);
    }
}
