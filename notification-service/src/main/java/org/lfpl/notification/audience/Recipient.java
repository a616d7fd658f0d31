package org.lfpl.notification.audience;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How to address a member, from registration-service's member.updated: the name in greetings,
 * where email goes, the language of messages and the time zone of digests and reminders.
 */
@Document("recipients")
public record Recipient(@Id String memberId, String displayName, String email, String language, String timeZone,
        Instant asOf) {

    /** The member's time zone; UTC when they gave none or one Java does not know. */
    public ZoneId zone() {
        try {
            return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (RuntimeException unknown) {
            return ZoneId.of("UTC");
        }
    }
}
