package org.lfpl.events.backbone.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.lfpl.events.backbone.EventBackboneProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes the events waiting in aggregate documents, in order per aggregate, and removes each
 * one only after Kafka acknowledged it ({@code acks=all}, idempotent producer).
 *
 * <p>What can go wrong and what happens: Kafka down: nothing is removed, the relay backs off and
 * tries again until it is back. The process dies after Kafka acknowledged but before the event
 * was removed: the event is sent again after restart; consumers deduplicate on the event id.
 * The state change failed: there is no event, because the event only exists inside that change.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final OutboxCollections collections;
    private final EventBackboneProperties.Relay settings;
    private final URI source;
    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private volatile Thread worker;
    private volatile boolean running;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka, OutboxCollections collections,
            EventBackboneProperties.Relay settings, String applicationName, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = collections;
        this.settings = settings;
        this.source = URI.create("/" + applicationName);
        this.published = Counter.builder("lfpl.outbox.published").description("Events acknowledged by Kafka")
                .register(meters);
        this.failures = Counter.builder("lfpl.outbox.publish.failures")
                .description("Relay passes that stopped because Kafka did not acknowledge").register(meters);
        meters.gauge("lfpl.outbox.pending", pending);
        meters.gauge("lfpl.outbox.oldest.age.ms", oldestPendingMillis);
    }

    /** Ask for a pass now rather than at the next poll; called after a save that recorded events. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** After this many aggregates in a row fail, Kafka itself is taken to be down and the pass ends. */
    private static final int FAILURES_BEFORE_GIVING_UP_A_PASS = 3;

    /** What one pass did. {@code failed} aggregates keep their events for the next pass. */
    public record Pass(int published, int failed) {}

    /**
     * One pass over every outbox collection. An aggregate whose event Kafka does not acknowledge
     * keeps it (and the events after it, so its order holds); the pass goes on with other
     * aggregates, so one bad event never blocks everyone else. Public so tests can drive it.
     */
    public Pass relayOnce() {
        int sent = 0;
        int failed = 0;
        int failedInARow = 0;
        long waiting = 0;
        Instant oldest = null;
        try {
            for (String collectionName : collections.names()) {
                MongoCollection<Document> collection = mongo.getCollection(collectionName);
                for (Document aggregate : collection.find(Filters.exists(AggregateRoot.OUTBOX + ".0"))
                        .projection(Projections.include(AggregateRoot.OUTBOX))
                        .limit(settings.batchSize())) {
                    List<OutboxEvent> events = eventsOf(aggregate);
                    waiting += events.size();
                    if (!events.isEmpty() && (oldest == null || events.getFirst().time().isBefore(oldest))) {
                        oldest = events.getFirst().time();
                    }
                    List<String> acknowledged = publishInOrder(events);
                    if (!acknowledged.isEmpty()) {
                        collection.updateOne(Filters.eq("_id", aggregate.get("_id")),
                                Updates.pullByFilter(new Document(AggregateRoot.OUTBOX,
                                        new Document("eventId", new Document("$in", acknowledged)))));
                        sent += acknowledged.size();
                        published.increment(acknowledged.size());
                    }
                    if (acknowledged.size() < events.size()) {
                        failed++;
                        failures.increment();
                        if (++failedInARow >= FAILURES_BEFORE_GIVING_UP_A_PASS) {
                            return new Pass(sent, failed);
                        }
                    } else {
                        failedInARow = 0;
                    }
                }
            }
            return new Pass(sent, failed);
        } finally {
            // Set on every exit: during an outage these gauges are exactly what alerts read.
            pending.set(Math.max(0, waiting - sent));
            oldestPendingMillis.set(oldest == null || waiting == sent ? 0
                    : Duration.between(oldest, Instant.now()).toMillis());
        }
    }

    /** Sends all events, then waits; returns the ids acknowledged before the first failure. */
    private List<String> publishInOrder(List<OutboxEvent> events) {
        List<CompletableFuture<SendResult<String, CloudEvent>>> sends = new ArrayList<>();
        for (OutboxEvent event : events) {
            try {
                sends.add(kafka.send(new ProducerRecord<>(event.topic(), event.key(), toCloudEvent(event))));
            } catch (RuntimeException e) { // no metadata, buffer full: the send never started
                log.warn("Kafka refused event {} ({}): {}", event.eventId(), event.type(), e.getMessage());
                break;
            }
        }
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(events.get(i).eventId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                log.warn("Kafka did not acknowledge event {} ({}): {}", events.get(i).eventId(), events.get(i).type(),
                        e.getMessage());
                break;
            }
        }
        return acknowledged;
    }

    CloudEvent toCloudEvent(OutboxEvent event) {
        return CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.key())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.data().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static List<OutboxEvent> eventsOf(Document aggregate) {
        List<OutboxEvent> events = new ArrayList<>();
        for (Document d : aggregate.getList(AggregateRoot.OUTBOX, Document.class, List.of())) {
            Object time = d.get("time");
            events.add(new OutboxEvent(d.getString("eventId"), d.getString("topic"), d.getString("type"),
                    d.getString("key"), time instanceof Date date ? date.toInstant() : Instant.now(),
                    d.getString("data")));
        }
        return events;
    }

    private void loop() {
        Duration pause = settings.pollInterval();
        while (running) {
            try {
                Pass pass = relayOnce();
                if (pass.failed() == 0) {
                    pause = settings.pollInterval();
                    if (pass.published() > 0) {
                        continue; // more may be waiting
                    }
                } else {
                    pause = longer(pause);
                }
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed; retrying in {}: {}", pause, e.getMessage());
                pause = longer(pause);
            }
            try {
                wakeUps.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Duration longer(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(settings.maxBackOff()) > 0 ? settings.maxBackOff() : doubled;
    }

    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread current = worker;
        if (current != null) {
            current.interrupt(); // also ends a wait for Kafka; unremoved events are sent after restart
            try {
                current.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stop after the web server stops taking requests, start after Kafka and Mongo clients exist.
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
