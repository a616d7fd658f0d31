package org.lfpl.notification.email;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.lfpl.notification.audience.Audiences;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily and weekly digests, at 07:00 in each member's own time zone (weekly on Mondays): what
 * waited for a digest since before that moment becomes one email. The digest's id names member, kind and local date, so running
 * twice (two instances, or a restart half way) queues it once; items are marked as digested only
 * once they are inside a queued digest.
 */
@Component
class Digests {

    static final LocalTime SEND_AT = LocalTime.of(7, 0);

    private final MongoTemplate mongo;
    private final Audiences audiences;
    private final Clock clock;

    Digests(MongoTemplate mongo, Audiences audiences, Clock clock) {
        this.mongo = mongo;
        this.audiences = audiences;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lfpl.notifications.digest.poll:5m}")
    int queueDue() {
        int queued = 0;
        for (String memberId : mongo.findDistinct(Query.query(Criteria.where("status").in("DAILY", "WEEKLY")),
                "recipientId", Email.class, String.class)) {
            queued += queueFor(memberId, "DAILY") + queueFor(memberId, "WEEKLY");
        }
        return queued;
    }

    private int queueFor(String memberId, String kind) {
        ZoneId zone = audiences.zoneOf(memberId);
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate day = now.toLocalDate();
        if (kind.equals("WEEKLY")) {
            day = day.minusDays(now.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        }
        if (now.toLocalTime().isBefore(SEND_AT) && (kind.equals("DAILY") || now.getDayOfWeek() == DayOfWeek.MONDAY)) {
            day = day.minusDays(kind.equals("DAILY") ? 1 : 7); // this morning's (or this Monday's) digest is not due yet
        }
        // The latest digest moment that has passed: it gathers what waited since before it.
        Instant due = day.atTime(SEND_AT).atZone(zone).toInstant();
        List<Email> waiting = mongo.find(Query.query(Criteria.where("recipientId").is(memberId).and("status").is(kind)
                        .and("createdAt").lt(due)), Email.class).stream().sorted(Comparator.comparing(Email::createdAt)).toList();
        if (waiting.isEmpty()) {
            return 0;
        }
        List<Email.Item> items = waiting.stream().map(e -> new Email.Item(e.subject(), e.body(), e.link(), e.createdAt()))
                .toList();
        String subject = (kind.equals("DAILY") ? "Your daily digest: " : "Your weekly digest: ") + items.size()
                + (items.size() == 1 ? " update" : " updates");
        String id = "digest|" + kind + "|" + memberId + "|" + day;
        try {
            mongo.insert(new Email(id, memberId, "digest", subject, null, "/notifications", items, null, "PENDING", 0,
                    clock.instant(), null, null, clock.instant(), null));
        } catch (DuplicateKeyException alreadyQueued) {
            // queued by an earlier run; only its items still need marking
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").in(waiting.stream().map(Email::id).toList())),
                new Update().set("status", "DIGESTED"), Email.class);
        return 1;
    }
}
