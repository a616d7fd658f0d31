package org.lfpl.servicedefaults.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;

/**
 * A business gauge per state ({@code lfpl_registrations{state="WAITLISTED"}}, {@code lfpl_dialogues{state=...}}):
 * how many of a service's documents are in each state, counted by the service's own query.
 *
 * <p>Prometheus scrapes every gauge of the set at once, so the counts are read by one query and
 * kept for {@code maxAge}: a scrape never costs more than one aggregation, however many states.
 * If the query fails (the database is down), the last counts stay and the failure is logged; a
 * state the query does not mention counts zero.
 */
public final class CountsByState implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(CountsByState.class);

    private final String name;
    private final String description;
    private final List<String> states;
    private final Supplier<Map<String, Long>> query;
    private final Duration maxAge;
    private final Clock clock;
    private Map<String, Long> counts = Map.of();
    private Instant readAt = Instant.MIN;

    public CountsByState(String name, String description, List<String> states, Supplier<Map<String, Long>> query,
            Duration maxAge, Clock clock) {
        this.name = name;
        this.description = description;
        this.states = List.copyOf(states);
        this.query = query;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public CountsByState(String name, String description, List<String> states, Supplier<Map<String, Long>> query) {
        this(name, description, states, query, Duration.ofSeconds(10), Clock.systemUTC());
    }

    /**
     * Counts the documents of a collection by the value of one field, with one {@code $group}:
     * for example registrations by {@code state}, dialogues by {@code status}.
     */
    public static CountsByState ofField(MongoTemplate mongo, String collection, String field, String name,
            String description, List<String> states) {
        return new CountsByState(name, description, states, () -> {
            Map<String, Long> counts = new HashMap<>();
            mongo.aggregate(Aggregation.newAggregation(Aggregation.group(field).count().as("n")), collection,
                    Document.class).forEach(row -> counts.put(String.valueOf(row.get("_id")),
                    row.get("n", Number.class).longValue()));
            return counts;
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String state : states) {
            Gauge.builder(name, this, counts -> counts.count(state)).description(description).tag("state", state)
                    .register(registry);
        }
    }

    /** The count of one state, read again when the last read is older than {@code maxAge}. */
    public synchronized double count(String state) {
        Instant now = clock.instant();
        if (readAt.plus(maxAge).isBefore(now)) {
            try {
                counts = Map.copyOf(query.get());
            } catch (RuntimeException e) {
                log.warn("Could not count {} by state; keeping the last counts: {}", name, e.getMessage());
            }
            readAt = now; // also after a failure: a down database is not asked on every scrape
        }
        return counts.getOrDefault(state, 0L);
    }
}
