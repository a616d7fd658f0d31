package org.lfpl.notification.email;

import java.time.Clock;
import java.util.List;
import org.lfpl.notification.delivery.Message;
import org.lfpl.notification.preferences.Mode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Queues emails: at once for INSTANT, held for the member's digest for DAILY and WEEKLY. Once per message. */
@Service
public class Emails {

    private final MongoTemplate mongo;
    private final Clock clock;

    Emails(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void queue(String id, Message message, Mode mode, String calendar) {
        String status = switch (mode) {
            case INSTANT -> "PENDING";
            case DAILY -> "DAILY";
            case WEEKLY -> "WEEKLY";
            case OFF -> null;
        };
        if (status == null) {
            return;
        }
        try {
            mongo.insert(new Email(id, message.recipientId(), message.category(), message.title(), message.body(),
                    message.link(), List.of(), calendar, status, 0, clock.instant(), null, null, clock.instant(), null));
        } catch (DuplicateKeyException alreadyQueued) {
            // a redelivered event: the email is queued (or sent) already
        }
    }

    /** Erasure: queued and past emails of the member are deleted. */
    public void forget(String memberId) {
        mongo.remove(Query.query(Criteria.where("recipientId").is(memberId)), Email.class);
    }
}
