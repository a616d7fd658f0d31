package org.lfpl.dialogue.calendar;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member's private agenda feed for one symposium; its token is the only credential a calendar app has. */
@Document("calendar_feeds")
record CalendarFeed(@Id String id, String symposiumId, String memberId, @Indexed(unique = true) String token,
        Instant createdAt) {

    static String idOf(String symposiumId, String memberId) {
        return symposiumId + "|" + memberId;
    }
}
