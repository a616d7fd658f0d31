package org.lfpl.notification.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Partners' webhooks and their delivery log; every webhook is its partner's alone (others get 404). */
@Service
class Webhooks {

    /** The event types partners may subscribe to: public facts only (see {@link PartnerEvents}). */
    static final List<String> EVENT_TYPES = List.of("symposium.published", "programme.published", "artefact.published");
    static final int MAX_PER_PARTNER = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final WebhookTargets targets;
    private final Clock clock;

    Webhooks(MongoTemplate mongo, WebhookTargets targets, Clock clock) {
        this.mongo = mongo;
        this.targets = targets;
        this.clock = clock;
    }

    Webhook register(String partnerId, String url, List<String> eventTypes) {
        targets.check(url);
        if (eventTypes == null || eventTypes.isEmpty() || !EVENT_TYPES.containsAll(eventTypes)) {
            throw Problems.invalid("eventTypes", "must name one or more of " + String.join(", ", EVENT_TYPES));
        }
        if (mongo.count(Query.query(Criteria.where("partnerId").is(partnerId)), Webhook.class) >= MAX_PER_PARTNER) {
            throw Problems.ruleBroken("too-many-webhooks", "A partner may register at most " + MAX_PER_PARTNER + " webhooks.");
        }
        return mongo.insert(new Webhook(UUID.randomUUID().toString(), partnerId, url.strip(),
                eventTypes.stream().distinct().toList(), newSecret(), clock.instant()));
    }

    List<Webhook> of(String partnerId) {
        return mongo.find(Query.query(Criteria.where("partnerId").is(partnerId)).with(Sort.by("createdAt")), Webhook.class);
    }

    Webhook own(String partnerId, String id) {
        Webhook webhook = mongo.findById(id, Webhook.class);
        if (webhook == null || !webhook.partnerId().equals(partnerId)) {
            throw Problems.notFound("The webhook");
        }
        return webhook;
    }

    void delete(String partnerId, String id) {
        own(partnerId, id);
        mongo.remove(Query.query(Criteria.where("_id").is(id)), Webhook.class);
    }

    Webhook rotate(String partnerId, String id) {
        own(partnerId, id);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("secret", newSecret()), Webhook.class);
        return mongo.findById(id, Webhook.class);
    }

    List<WebhookDelivery> deliveries(String partnerId, String id, int page, int size) {
        own(partnerId, id);
        return mongo.find(Query.query(Criteria.where("webhookId").is(id)).with(Sort.by(Sort.Direction.DESC, "createdAt"))
                .skip((long) page * size).limit(size), WebhookDelivery.class);
    }

    /** Manual redelivery: the same event (same ce-id) goes out again at once, however it ended. */
    WebhookDelivery redeliver(String partnerId, String id, String deliveryId) {
        own(partnerId, id);
        WebhookDelivery delivery = mongo.findById(deliveryId, WebhookDelivery.class);
        if (delivery == null || !delivery.webhookId().equals(id)) {
            throw Problems.notFound("The delivery");
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(deliveryId)), new Update().set("status", "PENDING")
                .set("attempts", 0).set("nextAttemptAt", clock.instant()).unset("leaseUntil"), WebhookDelivery.class);
        return mongo.findById(deliveryId, WebhookDelivery.class);
    }

    /** Queues a public event for every webhook that wants its type; once per (event, webhook). */
    void queue(String eventId, String type, Instant eventTime, String payload) {
        for (Webhook webhook : mongo.find(Query.query(Criteria.where("eventTypes").is(type)), Webhook.class)) {
            String id = UUID.nameUUIDFromBytes((eventId + "|" + webhook.id()).getBytes(StandardCharsets.UTF_8)).toString();
            Instant now = clock.instant();
            try {
                mongo.insert(new WebhookDelivery(id, webhook.id(), eventId, type, eventTime, payload, "PENDING", 0, now,
                        null, null, null, now, null));
            } catch (DuplicateKeyException alreadyQueued) {
                // a redelivered event
            }
        }
    }

    private static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "whsec_" + HexFormat.of().formatHex(secret);
    }
}
