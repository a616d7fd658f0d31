package org.lfpl.events.backbone;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event backbone ({@code lfpl.events.*}); defaults suit a laptop and production.
 *
 * @param relay    how the outbox relay publishes
 * @param consumer how listeners retry before an event goes to the dead-letter topic
 */
@ConfigurationProperties("lfpl.events")
public record EventBackboneProperties(@DefaultValue Relay relay, @DefaultValue Consumer consumer) {

    /**
     * @param enabled      off only in tests that drive the relay by hand
     * @param pollInterval how often the relay sweeps every outbox collection for events no save of
     *                     this process announced (another replica's crash, a restart); events this
     *                     process saves are published at once, without a sweep. A sweep reads every
     *                     aggregate with events (an index on real MongoDB, a scan on the wire server)
     * @param batchSize    aggregates read per collection and pass
     * @param sendTimeout  how long to wait for Kafka's acknowledgement before trying again later; longer
     *                     than the producer's own delivery timeout (15 s), so a send given up here is over
     * @param maxBackOff   longest pause between passes while Kafka or MongoDB is down
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("30s") Duration pollInterval,
            @DefaultValue("200") int batchSize,
            @DefaultValue("20s") Duration sendTimeout,
            @DefaultValue("10s") Duration maxBackOff) {}

    /**
     * @param maxRetries     retries after the first failed attempt, then dead-letter
     * @param initialBackOff first pause; doubles each retry
     * @param maxBackOff     longest pause between retries
     */
    public record Consumer(
            @DefaultValue("3") int maxRetries,
            @DefaultValue("500ms") Duration initialBackOff,
            @DefaultValue("5s") Duration maxBackOff) {}
}
