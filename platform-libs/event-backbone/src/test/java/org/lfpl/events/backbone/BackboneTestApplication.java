package org.lfpl.events.backbone;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.lfpl.events.backbone.consume.IncomingEvent;
import org.lfpl.events.backbone.outbox.AggregateRoot;
import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;
import org.lfpl.testsupport.KafkaProbe;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A tiny service with one aggregate and one listener, to exercise the backbone for real. Not a web
 * application: the library's own organiser endpoint (deadletters/) is left out of the scan.
 */
@SpringBootApplication
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.lfpl\\.events\\.backbone\\.deadletters\\..*"))
@EnableMongoRepositories(considerNestedRepositories = true)
class BackboneTestApplication {

    static final String TOPIC = "lfpl.test.events.v1";

    /** Publishes an idea.noted event as a producer outside the test would; returns its event id. */
    static String sendIdea(String eventId, String text) {
        String id = UUID.randomUUID().toString();
        KafkaProbe.send(TOPIC, id, ideaData(id, text), ideaHeaders(eventId));
        return eventId;
    }

    /** An idea.noted event's JSON data. */
    static byte[] ideaData(String ideaId, String text) {
        return ("{\"ideaId\":\"" + ideaId + "\",\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** An idea.noted event's CloudEvent attributes, as binary-mode headers. */
    static Map<String, String> ideaHeaders(String eventId) {
        return Map.of("ce_id", eventId, "ce_specversion", "1.0", "ce_source", "/test",
                "ce_type", "org.lfpl.test.idea.noted.v1", "content-type", "application/json");
    }

    @EventType(topic = TOPIC, name = "org.lfpl.test.idea.noted", version = 1)
    record IdeaNoted(String ideaId, String text) implements IntegrationEvent {
        @Override
        public String aggregateId() {
            return ideaId;
        }
    }

    @Document("ideas")
    static class Idea extends AggregateRoot {
        @Id
        String id;
        String text;

        Idea() {}

        Idea(String id) {
            this.id = id;
        }

        void note(String newText) {
            text = newText;
            record(new IdeaNoted(id, newText));
        }
    }

    interface Ideas extends MongoRepository<Idea, String> {}

    /** Counts what it processed; fails on purpose for texts that ask it to. */
    @Component
    static class IdeaListener {
        final List<String> processed = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> deliveriesById = new ConcurrentHashMap<>();
        /** Whether the fault behind "fails-until-mended" texts has been mended (an operator's fix). */
        volatile boolean mended;

        @KafkaListener(id = "backbone-test-listener", topics = TOPIC, groupId = "backbone-test")
        void on(CloudEvent cloudEvent) {
            IncomingEvent event = new IncomingEvent(cloudEvent);
            deliveriesById.computeIfAbsent(event.id(), k -> new AtomicInteger()).incrementAndGet();
            if (!event.is(IdeaNoted.class)) {
                return;
            }
            IdeaNoted idea = event.data(IdeaNoted.class);
            int attempt = attempts.computeIfAbsent(idea.text(), k -> new AtomicInteger()).incrementAndGet();
            if (idea.text().startsWith("always-fails")) {
                throw new IllegalStateException("downstream is broken for " + idea.text());
            }
            if (idea.text().startsWith("fails-until-mended") && !mended) {
                throw new IllegalStateException("not mended yet: " + idea.text());
            }
            if (idea.text().startsWith("fails-once") && attempt == 1) {
                throw new IllegalStateException("a passing fault");
            }
            processed.add(idea.text());
        }
    }

    /**
     * Sees what the listeners' consumers read and commit: a Kafka consumer interceptor, set for every
     * test context in the test application.yml (so the tests that share a context keep sharing it).
     */
    public static class Commits implements ConsumerInterceptor<Object, Object> {
        static final AtomicInteger count = new AtomicInteger();
        /** The highest offset read per partition, and the next offset committed. */
        static final Map<TopicPartition, Long> consumed = new ConcurrentHashMap<>();
        static final Map<TopicPartition, Long> committed = new ConcurrentHashMap<>();

        @Override
        public ConsumerRecords<Object, Object> onConsume(ConsumerRecords<Object, Object> records) {
            records.forEach(record -> consumed.merge(new TopicPartition(record.topic(), record.partition()),
                    record.offset(), Math::max));
            return records;
        }

        @Override
        public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
            count.incrementAndGet();
            offsets.forEach((partition, offset) -> committed.merge(partition, offset.offset(), Math::max));
        }

        @Override
        public void close() {}

        @Override
        public void configure(Map<String, ?> configs) {}
    }
}
