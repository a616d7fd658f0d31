package org.lfpl.events.backbone.deadletters;

import java.time.Instant;

/**
 * One record set aside on a dead-letter topic, as an operator sees it: where it came from, which
 * consumer gave up on it and why, and whether it has been replayed since.
 *
 * @param id             {@code <dead-letter topic>/<partition>/<offset>}, the path to replay it
 * @param consumerGroup  the consumer that failed (the service, or one of its listeners)
 * @param originalTopic  the topic the event was read from
 * @param eventId        the CloudEvents id, null when the record was not a CloudEvent at all
 * @param failure        the exception class that ended the last attempt
 * @param message        its message, shortened
 * @param replay         the last replay, null if never replayed
 */
public record DeadLetter(String id, String topic, int partition, long offset, String consumerGroup,
        String originalTopic, Integer originalPartition, Long originalOffset, String key, String eventId,
        String eventType, String subject, String failure, String message, Instant deadLetteredAt, Replay replay) {

    /** What happened when the record was last replayed. */
    public record Replay(String outcome, Instant at, String by, String message) {

        public static final String HANDLED = "handled";
        public static final String FAILED = "failed";

        public boolean handled() {
            return HANDLED.equals(outcome);
        }
    }

    public static String idOf(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }
}
