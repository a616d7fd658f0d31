package org.lfpl.notification.inapp;

import org.lfpl.notification.delivery.ChannelMetrics;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Stores each member's notifications and answers what they ask of their own. */
@Service
public class InAppNotifications {

    /**
     * How far before a stream's last number it reads again for notifications numbered a little
     * earlier than they were stored: two heartbeats (each picks up what other instances stored) and
     * more than any clock skew between instances.
     */
    public static final long LOOK_BACK = TimeUnit.SECONDS.toMicros(30);

    private final MongoTemplate mongo;

    private final ChannelMetrics meters;

    /** The last number this instance gave (see {@link #nextSeq()}). */
    private final AtomicLong lastSeq = new AtomicLong();

    InAppNotifications(MongoTemplate mongo, ChannelMetrics meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    /**
     * Stores once: the notification as stored (numbered), or empty when this event already reached
     * this recipient.
     */
    public Optional<Notification> deliver(Notification notification) {
        Notification numbered = notification.numbered(nextSeq());
        try {
            mongo.insert(numbered);
            meters.sent(ChannelMetrics.IN_APP);
            return Optional.of(numbered);
        } catch (DuplicateKeyException alreadyDelivered) {
            return Optional.empty();
        }
    }

    /**
     * The number notifications are ordered by (the live stream's event id): the time of storing in
     * microseconds since the epoch, kept rising within this instance. No shared counter: one counter
     * document took a round trip per notification and made every instance's inserts queue behind
     * one document. Instances number independently, so two may take numbers a little out of storing
     * order (clock skew, a pause between numbering and storing); the live stream looks back
     * {@link #LOOK_BACK} for those. Numbers given by the counter this replaced are far smaller, so
     * they stay ordered before every new one.
     */
    private long nextSeq() {
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        return lastSeq.accumulateAndGet(now, (last, time) -> Math.max(last + 1, time));
    }

    /**
     * The recipient's notifications stored after {@code afterSeq} and a little before it (those that
     * took a lower number but were stored late), in order: what the live stream sends.
     */
    public List<Notification> since(String recipientId, long afterSeq, long lookBack) {
        return mongo.find(Query.query(Criteria.where("recipientId").is(recipientId).and("seq").gt(afterSeq - lookBack))
                .with(Sort.by("seq")).limit(500), Notification.class);
    }

    /** The number of the member's latest notification; 0 when they have none. */
    public long latestSeq(String recipientId) {
        Notification latest = mongo.findOne(Query.query(Criteria.where("recipientId").is(recipientId))
                .with(Sort.by(Sort.Direction.DESC, "seq")).limit(1), Notification.class);
        return latest == null ? 0 : latest.seq();
    }

    /** Erasure: every notification the member had is deleted; doing it twice changes nothing. */
    public long forget(String recipientId) {
        return mongo.remove(Query.query(Criteria.where("recipientId").is(recipientId)), Notification.class)
                .getDeletedCount();
    }

    List<Notification> latest(String recipientId, boolean unreadOnly, int page, int size) {
        Criteria criteria = Criteria.where("recipientId").is(recipientId);
        if (unreadOnly) {
            criteria = criteria.and("readAt").is(null);
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt"))
                .skip((long) page * size).limit(size);
        return mongo.find(query, Notification.class);
    }

    long unreadCount(String recipientId) {
        return mongo.count(Query.query(Criteria.where("recipientId").is(recipientId).and("readAt").is(null)),
                Notification.class);
    }

    /** Only the recipient's own notification can be marked; anyone else's looks like it does not exist. */
    boolean markRead(String recipientId, String notificationId) {
        Query own = Query.query(Criteria.where("_id").is(notificationId).and("recipientId").is(recipientId));
        if (!mongo.exists(own, Notification.class)) {
            return false;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(notificationId).and("readAt").is(null)),
                Update.update("readAt", Instant.now()), Notification.class);
        return true;
    }

    long markAllRead(String recipientId) {
        return mongo.updateMulti(Query.query(Criteria.where("recipientId").is(recipientId).and("readAt").is(null)),
                Update.update("readAt", Instant.now()), Notification.class).getModifiedCount();
    }
}
