package org.lfpl.notification.inapp;

import org.lfpl.notification.delivery.ChannelMetrics;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Stores each member's notifications and answers what they ask of their own. */
@Service
public class InAppNotifications {

    private final MongoTemplate mongo;

    private final ChannelMetrics meters;

    InAppNotifications(MongoTemplate mongo, ChannelMetrics meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    /** Delivers once: returns false when this event already reached this recipient. */
    public boolean deliver(Notification notification) {
        try {
            mongo.insert(notification.numbered(nextSeq()));
            meters.sent(ChannelMetrics.IN_APP);
            return true;
        } catch (DuplicateKeyException alreadyDelivered) {
            return false;
        }
    }

    /** The next number in the order notifications are stored, from one counter document. */
    private long nextSeq() {
        Counter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("notifications")),
                new Update().inc("value", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class);
        return counter.value();
    }

    @Document("counters")
    record Counter(@Id String id, long value) {}

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
