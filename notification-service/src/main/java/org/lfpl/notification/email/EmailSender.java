package org.lfpl.notification.email;

import org.lfpl.notification.delivery.ChannelMetrics;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.lfpl.notification.audience.Audiences;
import org.lfpl.notification.audience.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.lfpl.notification.delivery.Leases;

/**
 * Sends queued emails. Each is leased by one sender (a conditional update), so two instances never
 * send the same email; a failure is retried with doubling back-off and after the last attempt the
 * email is marked FAILED with the reason, where organisers and metrics see it. A member without an
 * email address (no profile saved yet) fails at once with that reason.
 */
@Component
class EmailSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final MongoTemplate mongo;
    private final MailComposer composer;
    private final Audiences audiences;
    private final Clock clock;
    private final ChannelMetrics meters;
    private final int maxAttempts;
    private final Duration backOff;

    EmailSender(MongoTemplate mongo, MailComposer composer, Audiences audiences, Clock clock, ChannelMetrics meters,
            @Value("${lfpl.notifications.email.max-attempts:6}") int maxAttempts,
            @Value("${lfpl.notifications.email.back-off:30s}") Duration backOff) {
        this.mongo = mongo;
        this.composer = composer;
        this.audiences = audiences;
        this.clock = clock;
        this.meters = meters;
        this.maxAttempts = maxAttempts;
        this.backOff = backOff;
    }

    /** Sends what is due, one email at a time; returns how many were handed to the SMTP server. */
    @Scheduled(fixedDelayString = "${lfpl.notifications.email.poll:2s}")
    int sendDue() {
        int sent = 0;
        for (Optional<Email> next = claim(); next.isPresent(); next = claim()) {
            sent += send(next.get()) ? 1 : 0;
        }
        return sent;
    }

    private Optional<Email> claim() {
        return Leases.claimDue(mongo, clock.instant(), Email.class);
    }

    private boolean send(Email email) {
        Optional<Recipient> recipient = audiences.recipient(email.recipientId()).filter(r -> r.email() != null);
        if (recipient.isEmpty()) {
            finish(email, "FAILED", "no email address known for the member");
            return false;
        }
        try {
            composer.send(composer.compose(email, recipient.get()));
            finish(email, "SENT", null);
            meters.sent(ChannelMetrics.EMAIL);
            return true;
        } catch (MessagingException | RuntimeException failure) { // MailException included
            int attempts = email.attempts() + 1;
            String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            if (attempts >= maxAttempts) {
                log.warn("Email {} to member {} failed for good after {} attempts: {}", email.id(), email.recipientId(),
                        attempts, reason);
                mongo.updateFirst(Query.query(Criteria.where("_id").is(email.id())), new Update().set("status", "FAILED")
                        .set("attempts", attempts).set("lastError", reason).unset("leaseUntil"), Email.class);
                meters.failed(ChannelMetrics.EMAIL);
            } else {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(email.id())), new Update().set("status", "PENDING")
                        .set("attempts", attempts).set("lastError", reason)
                        .set("nextAttemptAt", Leases.retryAt(clock.instant(), backOff, attempts))
                        .unset("leaseUntil"), Email.class);
                meters.retried(ChannelMetrics.EMAIL);
            }
            return false;
        }
    }

    private void finish(Email email, String status, String reason) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(email.id())), new Update().set("status", status)
                .set("lastError", reason).set("sentAt", "SENT".equals(status) ? clock.instant() : null)
                .unset("leaseUntil"), Email.class);
    }
}
