package org.lfpl.notification.webhooks;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event to one webhook, and what happened to it: the delivery log partners read. Its id comes
 * from (event, webhook), so a redelivered event never queues a second delivery.
 *
 * @param status PENDING, SENDING (leased until {@code leaseUntil}), DELIVERED or FAILED (gave up)
 */
@Document("webhookDeliveries")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "webhook_newest", def = "{'webhookId': 1, 'createdAt': -1}")
record WebhookDelivery(@Id String id, String webhookId, String eventId, String type, Instant eventTime, String payload,
        String status, int attempts, Instant nextAttemptAt, Instant leaseUntil, Integer lastStatus, String lastError,
        Instant createdAt, Instant deliveredAt) {

    View view() {
        return new View(id, eventId, type, status, attempts, nextAttemptAt, lastStatus, lastError, createdAt, deliveredAt);
    }

    record View(String id, String eventId, String type, String status, int attempts, Instant nextAttemptAt,
            Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt) {}
}
