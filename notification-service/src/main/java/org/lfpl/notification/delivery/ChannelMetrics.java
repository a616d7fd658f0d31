package org.lfpl.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * What each channel delivered: {@code lfpl_notifications_total{channel, outcome}} with channel
 * {@code in-app}, {@code live}, {@code email} or {@code webhook} and outcome {@code sent},
 * {@code retried} (a failed attempt that will be tried again) or {@code failed} (given up), and
 * {@code lfpl_webhooks_delivery_seconds}, how long partners' endpoints take to answer.
 */
@Component
public class ChannelMetrics {

    public static final String IN_APP = "in-app";
    public static final String LIVE = "live";
    public static final String EMAIL = "email";
    public static final String WEBHOOK = "webhook";

    private final MeterRegistry meters;
    private final Timer webhookLatency;

    ChannelMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.webhookLatency = Timer.builder("lfpl.webhooks.delivery")
                .description("Time a partner's webhook endpoint took to answer (any answer)")
                .publishPercentileHistogram().register(meters);
    }

    public void sent(String channel) {
        count(channel, "sent");
    }

    public void retried(String channel) {
        count(channel, "retried");
    }

    public void failed(String channel) {
        count(channel, "failed");
    }

    public void webhookAnswered(Duration took) {
        webhookLatency.record(took);
    }

    private void count(String channel, String outcome) {
        meters.counter("lfpl.notifications", "channel", channel, "outcome", outcome).increment();
    }
}
