package org.lfpl.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Outgoing work that waits in MongoDB (emails, webhook deliveries): {@code status} PENDING until
 * {@code nextAttemptAt}, then leased as SENDING by one sender with a conditional update, so two
 * instances never send the same item; a lease left by a sender that stopped mid-way expires.
 */
public final class Leases {

    static final Duration LEASE = Duration.ofMinutes(2);

    private Leases() {}

    /** The next due item of the collection, now leased to the caller; empty when nothing is due. */
    public static <T> Optional<T> claimDue(MongoTemplate mongo, Instant now, Class<T> type) {
        Criteria due = new Criteria().orOperator(
                Criteria.where("status").is("PENDING").and("nextAttemptAt").lte(now),
                Criteria.where("status").is("SENDING").and("leaseUntil").lte(now));
        return Optional.ofNullable(mongo.findAndModify(Query.query(due).with(Sort.by("nextAttemptAt")).limit(1),
                new Update().set("status", "SENDING").set("leaseUntil", now.plus(LEASE)),
                FindAndModifyOptions.options().returnNew(true), type));
    }

    /** When to try again after the given number of failed attempts: the back-off doubled each time. */
    public static Instant retryAt(Instant now, Duration backOff, int failedAttempts) {
        return now.plus(backOff.multipliedBy(1L << Math.min(failedAttempts - 1, 16)));
    }
}
