package org.lfpl.servicedefaults.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CountsByStateTest {

    final AtomicInteger queries = new AtomicInteger();
    final AtomicReference<Map<String, Long>> answer = new AtomicReference<>(Map.of("CONFIRMED", 7L, "WAITLISTED", 3L));
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
    final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    CountsByStateTest() {
        new CountsByState("lfpl.registrations", "test", List.of("CONFIRMED", "WAITLISTED", "EXPIRED"), () -> {
            queries.incrementAndGet();
            Map<String, Long> counts = answer.get();
            if (counts == null) {
                throw new IllegalStateException("database down");
            }
            return counts;
        }, Duration.ofSeconds(10), clock).bindTo(registry);
    }

    double gauge(String state) {
        return registry.get("lfpl.registrations").tag("state", state).gauge().value();
    }

    @Test
    void one_gauge_per_state_and_a_state_nobody_is_in_counts_zero() {
        assertThat(gauge("CONFIRMED")).isEqualTo(7);
        assertThat(gauge("WAITLISTED")).isEqualTo(3);
        assertThat(gauge("EXPIRED")).isZero();
    }

    @Test
    void a_scrape_of_every_state_costs_one_query_until_the_counts_are_older_than_max_age() {
        gauge("CONFIRMED");
        gauge("WAITLISTED");
        gauge("EXPIRED");
        assertThat(queries).hasValue(1);
        answer.set(Map.of("CONFIRMED", 8L));
        now.set(now.get().plusSeconds(11));
        assertThat(gauge("CONFIRMED")).isEqualTo(8);
        assertThat(gauge("WAITLISTED")).isZero();
        assertThat(queries).hasValue(2);
    }

    @Test
    void when_the_query_fails_the_last_counts_stay_and_it_is_not_retried_on_every_scrape() {
        gauge("CONFIRMED");
        answer.set(null);
        now.set(now.get().plusSeconds(11));
        assertThat(gauge("CONFIRMED")).isEqualTo(7);
        assertThat(gauge("WAITLISTED")).isEqualTo(3);
        assertThat(queries).hasValue(2);
    }
}
