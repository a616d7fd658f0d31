package org.lfpl.notification.email;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One email to one member, kept until the SMTP server accepted it (or it failed for good). Its id
 * is the notification's, so a redelivered event cannot queue a second email. Items waiting for a
 * digest wait here too, with their digest's status.
 *
 * @param status   PENDING, SENDING (leased by one sender until {@code leaseUntil}), SENT, FAILED, or
 *                 DAILY / WEEKLY (waiting for that digest), DIGESTED (sent inside one)
 * @param items    for a digest: the messages it gathers
 * @param calendar an iCalendar text to attach (a dialogue scheduled or moved), or null
 */
@Document("emails")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "recipient_status", def = "{'recipientId': 1, 'status': 1}")
public record Email(@Id String id, String recipientId, String category, String subject, String body, String link,
        List<Item> items, String calendar, String status, int attempts, Instant nextAttemptAt, Instant leaseUntil,
        String lastError, Instant createdAt, Instant sentAt) {

    /** One message inside a digest. */
    public record Item(String title, String body, String link, Instant at) {}
}
