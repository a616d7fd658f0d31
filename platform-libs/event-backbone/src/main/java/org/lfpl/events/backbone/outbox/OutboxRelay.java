package org.lfpl.events.backbone.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final AtomicBoolean sweepWanted = new AtomicBoolean();
    private final Queue<Hint> hints = new ConcurrentLinkedQueue<>();
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
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

    /** Ask for a sweep now rather than at the next poll. */
    public void wakeUp() {
        sweepWanted.set(true);
        wakeUps.release();
    }

    /**
     * A save stored events in this aggregate: publish them now, reading only that document. The
     * sweep still finds anything a hint misses (another process's crash, a full hint queue).
     */
    public void saved(String collectionName, Object id) {
        if (hints.size() < MAX_HINTS) {
            hints.add(new Hint(collectionName, id));
        } else {
            sweepWanted.set(true); // a hint not kept: the sweep finds its events
        }
        wakeUps.release();
    }

    /** After this many aggregates in a row fail, Kafka itself is taken to be down and the pass ends. */
    private static final int FAILURES_BEFORE_GIVING_UP_A_PASS = 3;

    /** Hints kept while Kafka is slow or down; beyond this, the sweep finds the events. */
    private static final int MAX_HINTS = 10_000;

    /** Aggregates whose sends are started together before waiting for Kafka's acknowledgements. */
    private static final int IN_FLIGHT = 50;

    /** What one pass did. {@code failed} aggregates keep their events for the next pass. */
    public record Pass(int published, int failed) {}

    /** Present exactly when an aggregate has an event waiting; what sweeps look for and index. */
    private static final String FIRST_WAITING = AggregateRoot.OUTBOX + ".0.eventId";

    private record Hint(String collection, Object id) {}

    private record Waiting(MongoCollection<Document> collection, Object id, List<OutboxEvent> events) {}

    /**
     * One sweep over every outbox collection: finds every aggregate with events, whoever saved it.
     * An aggregate whose event Kafka does not acknowledge keeps it (and the events after it, so its
     * order holds); the pass goes on with other aggregates, so one bad event never blocks everyone
     * else. Public so tests can drive it.
     */
    public Pass relayOnce() {
        List<Waiting> found = new ArrayList<>();
        long waiting = 0;
        Instant oldest = null;
        Pass pass = new Pass(0, 0);
        try {
            for (String collectionName : collections.names()) {
                index(collectionName);
                MongoCollection<Document> collection = mongo.getCollection(collectionName);
                for (Document aggregate : collection.find(Filters.exists(FIRST_WAITING))
                        .projection(Projections.include(AggregateRoot.OUTBOX))
                        .limit(settings.batchSize())) {
                    List<OutboxEvent> events = eventsOf(aggregate);
                    waiting += events.size();
                    if (!events.isEmpty() && (oldest == null || events.getFirst().time().isBefore(oldest))) {
                        oldest = events.getFirst().time();
                    }
                    found.add(new Waiting(collection, aggregate.get("_id"), events));
                }
            }
            pass = publish(found);
            return pass;
        } finally {
            // Set on every exit: during an outage these gauges are exactly what alerts read.
            pending.set(Math.max(0, waiting - pass.published()));
            oldestPendingMillis.set(oldest == null || waiting == pass.published() ? 0
                    : Duration.between(oldest, Instant.now()).toMillis());
        }
    }

    /**
     * Publishes what recent saves stored, reading the hinted aggregates of each collection in one
     * query by their ids (in the order they were saved). Public for tests.
     */
    public Pass relaySaved() {
        Map<String, Set<Object>> idsByCollection = new LinkedHashMap<>();
        for (int taken = 0; taken < settings.batchSize(); taken++) {
            Hint hint = hints.poll();
            if (hint == null) {
                break;
            }
            idsByCollection.computeIfAbsent(hint.collection(), name -> new LinkedHashSet<>()).add(hint.id());
        }
        List<Waiting> found = new ArrayList<>();
        idsByCollection.forEach((collectionName, ids) -> {
            MongoCollection<Document> collection = mongo.getCollection(collectionName);
            Map<Object, Document> aggregates = new HashMap<>();
            for (Document aggregate : collection.find(Filters.in("_id", ids))
                    .projection(Projections.include(AggregateRoot.OUTBOX))) {
                aggregates.put(aggregate.get("_id"), aggregate);
            }
            for (Object id : ids) {
                Document aggregate = aggregates.get(id);
                List<OutboxEvent> events = aggregate == null ? List.of() : eventsOf(aggregate);
                if (!events.isEmpty()) {
                    found.add(new Waiting(collection, id, events));
                }
            }
        });
        return publish(found);
    }

    /**
     * Starts the sends of up to {@value #IN_FLIGHT} aggregates, then waits for their
     * acknowledgements, and removes what Kafka acknowledged. Kafka keeps the order of one
     * aggregate's events (same key, same partition, idempotent producer); an aggregate stops at its
     * first unacknowledged event.
     */
    private Pass publish(List<Waiting> aggregates) {
        int sent = 0;
        int failed = 0;
        int failedInARow = 0;
        for (int from = 0; from < aggregates.size(); from += IN_FLIGHT) {
            List<Waiting> chunk = aggregates.subList(from, Math.min(aggregates.size(), from + IN_FLIGHT));
            List<List<CompletableFuture<SendResult<String, CloudEvent>>>> sends = new ArrayList<>();
            int refusedInARow = 0;
            for (Waiting aggregate : chunk) {
                // Kafka down: each refused send costs max.block.ms, so stop starting new ones.
                List<CompletableFuture<SendResult<String, CloudEvent>>> started = refusedInARow
                        >= FAILURES_BEFORE_GIVING_UP_A_PASS ? List.of() : send(aggregate.events());
                refusedInARow = started.isEmpty() ? refusedInARow + 1 : 0;
                sends.add(started);
            }
            Map<MongoCollection<Document>, List<UpdateOneModel<Document>>> removals = new LinkedHashMap<>();
            int acknowledgedInChunk = 0;
            for (int i = 0; i < chunk.size(); i++) {
                Waiting aggregate = chunk.get(i);
                List<String> acknowledged = acknowledged(aggregate.events(), sends.get(i));
                if (!acknowledged.isEmpty()) {
                    removals.computeIfAbsent(aggregate.collection(), c -> new ArrayList<>()).add(new UpdateOneModel<>(
                            Filters.eq("_id", aggregate.id()), Updates.pullByFilter(new Document(AggregateRoot.OUTBOX,
                                    new Document("eventId", new Document("$in", acknowledged))))));
                    acknowledgedInChunk += acknowledged.size();
                }
                if (acknowledged.size() < aggregate.events().size()) {
                    failed++;
                    failures.increment();
                    failedInARow++;
                } else {
                    failedInARow = 0;
                }
            }
            // One write per collection for the whole chunk; unordered, so one aggregate that cannot
            // be written does not keep the others' events (an event left behind is sent again, and
            // consumers drop the copy by its id).
            removals.forEach((collection, updates) -> collection.bulkWrite(updates, new BulkWriteOptions().ordered(false)));
            sent += acknowledgedInChunk;
            published.increment(acknowledgedInChunk);
            if (failedInARow >= FAILURES_BEFORE_GIVING_UP_A_PASS) {
                break;
            }
        }
        return new Pass(sent, failed);
    }

    /** Starts the sends in order; stops at the first one Kafka refuses at once. */
    private List<CompletableFuture<SendResult<String, CloudEvent>>> send(List<OutboxEvent> events) {
        List<CompletableFuture<SendResult<String, CloudEvent>>> sends = new ArrayList<>();
        for (OutboxEvent event : events) {
            try {
                try (Scope trace = TraceParent.restore(event.traceparent())) {
                    sends.add(kafka.send(new ProducerRecord<>(event.topic(), event.key(), toCloudEvent(event))));
                }
            } catch (RuntimeException e) { // no metadata, buffer full, illegal topic: the send never started
                log.warn("Kafka refused event {} ({}): {}", event.eventId(), event.type(), e.getMessage());
                break;
            }
        }
        return sends;
    }

    /** The ids acknowledged before the first failure. */
    private List<String> acknowledged(List<OutboxEvent> events,
            List<CompletableFuture<SendResult<String, CloudEvent>>> sends) {
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
                    d.getString("data"), d.getString("traceparent")));
        }
        return events;
    }

    /**
     * Hinted passes publish what this process just saved; a sweep runs at start, every poll
     * interval, after any failure and when a hint could not be kept, to find the rest. A sweep
     * queries every outbox collection, so it never runs once per save: it once ran after every
     * hinted pass (whenever the hints were used up), a query per collection per save.
     */
    private void loop() {
        Duration pause = settings.pollInterval();
        long nextSweep = System.nanoTime(); // the first pass sweeps: what waited while this process was down
        while (running) {
            boolean failed = false;
            try {
                boolean sweep = sweepWanted.getAndSet(false) || System.nanoTime() - nextSweep >= 0;
                Pass pass = sweep ? relayOnce() : relaySaved();
                if (sweep) {
                    nextSweep = System.nanoTime() + settings.pollInterval().toNanos();
                }
                if (pass.failed() == 0) {
                    pause = settings.pollInterval();
                    if (pass.published() > 0 || !hints.isEmpty()) {
                        continue; // more may be waiting
                    }
                } else {
                    failed = true;
                    pause = longer(pause);
                    hints.clear(); // Kafka is in trouble: the next sweep finds everything, in order
                    nextSweep = System.nanoTime();
                }
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed; retrying in {}: {}", pause, e.getMessage());
                failed = true;
                pause = longer(pause);
                nextSweep = System.nanoTime();
            }
            // After a failure, the back-off; otherwise until a save wakes it or the next sweep is due.
            long wait = failed ? pause.toMillis()
                    : Math.min(pause.toMillis(), TimeUnit.NANOSECONDS.toMillis(Math.max(0, nextSweep - System.nanoTime())) + 1);
            try {
                wakeUps.tryAcquire(wait, TimeUnit.MILLISECONDS);
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

    /**
     * A partial index holding only the aggregates with events waiting, so a sweep reads those and
     * nothing else (real MongoDB; the local wire server indexes the documents whose outbox is not empty).
     */
    private void index(String collectionName) {
        if (indexed.add(collectionName)) {
            try {
                mongo.getCollection(collectionName).createIndex(Indexes.ascending(FIRST_WAITING),
                        new IndexOptions().name("outbox_waiting").partialFilterExpression(Filters.exists(FIRST_WAITING)));
            } catch (RuntimeException e) {
                log.warn("Could not index the outbox of {}; sweeps will scan it: {}", collectionName, e.getMessage());
            }
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
