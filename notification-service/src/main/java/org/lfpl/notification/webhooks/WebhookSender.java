package org.lfpl.notification.webhooks;

import org.lfpl.notification.delivery.ChannelMetrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.lfpl.notification.delivery.Leases;
import org.springframework.web.ErrorResponseException;

/**
 * Delivers webhook events as CloudEvents over HTTP in binary mode (attributes in {@code ce-*}
 * headers, the data as the JSON body), signed: {@code LfPL-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.body" with the webhook's secret>}. A 2xx answer delivers; anything else is
 * retried with doubling back-off (1 min, 2, 4 ... about 8.5 hours over 10 attempts), then FAILED.
 * Redirects are not followed and the target is checked again before every attempt.
 */
@Component
class WebhookSender {

    static final String SIGNATURE = "LfPL-Signature";

    private final MongoTemplate mongo;
    private final WebhookTargets targets;
    private final Clock clock;
    private final ChannelMetrics meters;
    private final int maxAttempts;
    private final Duration backOff;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookSender(MongoTemplate mongo, WebhookTargets targets, Clock clock, ChannelMetrics meters,
            @Value("${lfpl.webhooks.max-attempts:10}") int maxAttempts,
            @Value("${lfpl.webhooks.back-off:1m}") Duration backOff) {
        this.mongo = mongo;
        this.targets = targets;
        this.clock = clock;
        this.meters = meters;
        this.maxAttempts = maxAttempts;
        this.backOff = backOff;
    }

    @Scheduled(fixedDelayString = "${lfpl.webhooks.poll:1s}")
    int sendDue() {
        int delivered = 0;
        for (Optional<WebhookDelivery> next = claim(); next.isPresent(); next = claim()) {
            delivered += attempt(next.get()) ? 1 : 0;
        }
        return delivered;
    }

    private Optional<WebhookDelivery> claim() {
        return Leases.claimDue(mongo, clock.instant(), WebhookDelivery.class);
    }

    private boolean attempt(WebhookDelivery delivery) {
        Webhook webhook = mongo.findById(delivery.webhookId(), Webhook.class);
        if (webhook == null) {
            record(delivery, "FAILED", null, "the webhook was deleted");
            return false;
        }
        Integer status = null;
        String error;
        try {
            URI target = targets.check(webhook.url());
            long timestamp = clock.instant().getEpochSecond();
            long started = System.nanoTime();
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("ce-specversion", "1.0").header("ce-id", delivery.eventId())
                    .header("ce-type", "org.lfpl.partner." + delivery.type())
                    .header("ce-source", "/lfpl-network").header("ce-time", delivery.eventTime().toString())
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE, "t=" + timestamp + ",v1=" + sign(webhook.secret(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            meters.webhookAnswered(Duration.ofNanos(System.nanoTime() - started));
            status = response.statusCode();
            if (status >= 200 && status < 300) {
                record(delivery, "DELIVERED", status, null);
                meters.sent(ChannelMetrics.WEBHOOK);
                return true;
            }
            error = "answered " + status;
        } catch (ErrorResponseException refused) {
            error = "target refused: " + refused.getBody().getProperties();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception failure) {
            error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        int attempts = delivery.attempts() + 1;
        if (attempts >= maxAttempts) {
            mongo.updateFirst(byId(delivery), new Update().set("status", "FAILED").set("attempts", attempts)
                    .set("lastStatus", status).set("lastError", error).unset("leaseUntil"), WebhookDelivery.class);
            meters.failed(ChannelMetrics.WEBHOOK);
        } else {
            mongo.updateFirst(byId(delivery), new Update().set("status", "PENDING").set("attempts", attempts)
                    .set("lastStatus", status).set("lastError", error)
                    .set("nextAttemptAt", Leases.retryAt(clock.instant(), backOff, attempts))
                    .unset("leaseUntil"), WebhookDelivery.class);
            meters.retried(ChannelMetrics.WEBHOOK);
        }
        return false;
    }

    private void record(WebhookDelivery delivery, String status, Integer httpStatus, String error) {
        mongo.updateFirst(byId(delivery), new Update().set("status", status).set("attempts", delivery.attempts() + 1)
                .set("lastStatus", httpStatus).set("lastError", error)
                .set("deliveredAt", "DELIVERED".equals(status) ? clock.instant() : null).unset("leaseUntil"),
                WebhookDelivery.class);
    }

    private static Query byId(WebhookDelivery delivery) {
        return Query.query(Criteria.where("_id").is(delivery.id()));
    }

    /** Hex HMAC-SHA256 of {@code "<timestamp>.<body>"}: what a receiver recomputes to trust a delivery. */
    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
