package org.lfpl.notification.webhooks;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner's endpoint and the event types it wants. The secret signs every delivery; it is shown
 * once when created or rotated. (It must be stored to sign with; protect this collection as a secret.)
 */
@Document("webhooks")
record Webhook(@Id String id, @Indexed String partnerId, String url, List<String> eventTypes, String secret,
        Instant createdAt) {

    View view() {
        return new View(id, url, eventTypes, createdAt, null);
    }

    View viewWithSecret() {
        return new View(id, url, eventTypes, createdAt, secret);
    }

    /** A webhook as its partner sees it; {@code secret} only right after creation or rotation. */
    record View(String id, String url, List<String> eventTypes, Instant createdAt, String secret) {}
}
