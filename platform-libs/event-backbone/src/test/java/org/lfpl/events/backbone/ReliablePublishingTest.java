package org.lfpl.events.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lfpl.events.backbone.BackboneTestApplication.Idea;
import org.lfpl.events.backbone.BackboneTestApplication.Ideas;
import org.lfpl.events.backbone.outbox.OutboxCollections;
import org.lfpl.events.backbone.outbox.OutboxEvent;
import org.lfpl.events.backbone.outbox.OutboxRelay;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import io.cloudevents.kafka.CloudEventSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The outbox promise: an event exists if and only if its change was stored, and it reaches Kafka
 * whatever crashes in between. The relay is driven by hand here (it is off in this context), so
 * each test can stop the world exactly where a crash would.
 */
// No listener here: it would share the consumer group with ConsumingEventsTest's context.
// A poll interval of an hour: a running relay publishes promptly only because the save woke it.
@SpringBootTest(properties = {"spring.application.name=backbone-test", "lfpl.events.relay.enabled=false",
        "spring.kafka.listener.auto-startup=false", "lfpl.events.relay.poll-interval=1h"})
@UsePlatformInfrastructure
class ReliablePublishingTest {

    @Autowired
    Ideas ideas;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OutboxCollections collections;

    @Autowired
    KafkaTemplate<String, CloudEvent> cloudEventTemplate;

    @Autowired
    CommandsSeen commands;

    /** The commands this service's Mongo client sends, by collection: what a pass costs the database. */
    static final class CommandsSeen implements CommandListener {
        private final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonValue collection = event.getCommand().get(event.getCommandName());
            if (collection != null && collection.isString()) {
                // A sweep is the find that looks for any aggregate with an event waiting.
                BsonValue filter = event.getCommand().get("filter");
                boolean sweep = filter != null && filter.isDocument() && filter.asDocument().containsKey("outbox.0.eventId");
                seen.add((sweep ? "sweep" : event.getCommandName()) + " " + collection.asString().getValue());
            }
        }

        List<String> on(String collection) {
            return seen.stream().filter(command -> command.endsWith(" " + collection))
                    .map(command -> command.substring(0, command.indexOf(' '))).toList();
        }

        void clear() {
            seen.clear();
        }
    }

    @TestConfiguration
    static class CountingCommands {
        @Bean
        CommandsSeen commandsSeen() {
            return new CommandsSeen();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countCommands(CommandsSeen commands) {
            return settings -> settings.addCommandListener(commands);
        }
    }

    private Idea noted(String text) {
        Idea idea = new Idea(UUID.randomUUID().toString());
        idea.note(text);
        return ideas.save(idea);
    }

    private List<OutboxEvent> outboxOf(String id) {
        return ideas.findById(id).orElseThrow().pendingEvents();
    }

    private int publishedCopies(String eventId) {
        return KafkaProbe.await(BackboneTestApplication.TOPIC, 2, Duration.ofSeconds(3),
                record -> eventId.equals(KafkaProbe.header(record, "ce_id"))).size();
    }

    @Test
    void aggregates_with_an_outbox_are_found_without_configuration() {
        assertThat(collections.names()).containsExactly("ideas");
    }

    @Test
    void the_event_is_stored_in_the_same_document_as_the_change() {
        Idea idea = noted("stored together");
        Document raw = mongo.getCollection("ideas").find(new Document("_id", idea.id)).first();
        assertThat(raw.getString("text")).isEqualTo("stored together");
        assertThat(raw.getList("outbox", Document.class)).singleElement()
                .satisfies(event -> assertThat(event.getString("type")).isEqualTo("org.lfpl.test.idea.noted.v1"));
    }

    @Test
    void after_a_crash_before_publishing_the_restarted_relay_publishes_it_and_clears_the_outbox() {
        Idea idea = noted("crash before publish");
        String eventId = outboxOf(idea.id).getFirst().eventId();

        relay.relayOnce(); // the "restarted" process

        assertThat(outboxOf(idea.id)).isEmpty();
        var records = KafkaProbe.await(BackboneTestApplication.TOPIC, 1, Duration.ofSeconds(10),
                record -> eventId.equals(KafkaProbe.header(record, "ce_id")));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo(idea.id);
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("org.lfpl.test.idea.noted.v1");
            assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/backbone-test");
            assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(idea.id);
            assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(new String(record.value())).contains("\"text\":\"crash before publish\"");
        });
    }

    @Test
    void after_a_crash_between_acknowledge_and_clearing_the_event_is_sent_again_with_the_same_id() {
        Idea idea = noted("crash after publish");
        OutboxEvent event = outboxOf(idea.id).getFirst();
        relay.relayOnce();
        // The process "died" before the event was removed: put it back as it was.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(idea.id)),
                new Update().push("outbox", event), Idea.class);

        relay.relayOnce();

        assertThat(outboxOf(idea.id)).isEmpty();
        assertThat(publishedCopies(event.eventId())).as("same event id twice; consumers deduplicate").isEqualTo(2);
    }

    @Test
    void while_kafka_does_not_acknowledge_the_event_stays_in_the_outbox_and_is_sent_later() {
        Idea idea = noted("kafka is down");
        KafkaTemplate<String, CloudEvent> unreachable = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 300)));
        OutboxRelay relayWithoutKafka = new OutboxRelay(mongo, unreachable, collections,
                new EventBackboneProperties.Relay(false, Duration.ofMillis(100), 10, Duration.ofSeconds(1),
                        Duration.ofSeconds(1)),
                "backbone-test", new SimpleMeterRegistry());

        OutboxRelay.Pass pass = relayWithoutKafka.relayOnce();
        assertThat(pass.published()).isZero();
        assertThat(pass.failed()).isPositive();
        assertThat(outboxOf(idea.id)).hasSize(1);

        relay.relayOnce(); // Kafka is back
        assertThat(outboxOf(idea.id)).isEmpty();
    }

    @Test
    void an_event_kafka_refuses_blocks_only_its_own_aggregate() {
        Idea broken = noted("will be broken");
        OutboxEvent original = outboxOf(broken.id).getFirst();
        // An event no broker accepts (an illegal topic name), as a bad deployment might leave behind.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(broken.id)), new Update().set("outbox",
                List.of(new OutboxEvent(original.eventId(), "no spaces allowed!", original.type(), original.key(),
                        original.time(), original.data(), original.traceparent()))), Idea.class);
        Idea healthy = noted("healthy");

        relay.relayOnce();

        assertThat(outboxOf(healthy.id)).as("published despite the broken one").isEmpty();
        assertThat(outboxOf(broken.id)).as("kept for an operator, not dropped").hasSize(1);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(broken.id)), new Update().set("outbox", List.of()),
                Idea.class); // leave the shared collection clean for the other tests
    }

    @Test
    void a_save_announces_its_aggregate_so_the_relay_publishes_it_without_sweeping_the_collection() {
        relay.relaySaved(); // what earlier tests saved
        Idea idea = noted("announced by its save");
        String eventId = outboxOf(idea.id).getFirst().eventId();
        String unannounced = UUID.randomUUID().toString(); // written behind the repository's back
        mongo.getCollection("ideas").insertOne(new Document("_id", unannounced).append("outbox",
                List.of(new Document("eventId", UUID.randomUUID().toString()).append("topic", BackboneTestApplication.TOPIC)
                        .append("type", "org.lfpl.test.idea.noted.v1").append("key", unannounced)
                        .append("data", "{}"))));

        OutboxRelay.Pass pass = relay.relaySaved();

        assertThat(pass.published()).isEqualTo(1);
        assertThat(outboxOf(idea.id)).isEmpty();
        assertThat(publishedCopies(eventId)).isEqualTo(1);
        assertThat(mongo.getCollection("ideas").find(new Document("_id", unannounced)).first()
                .getList("outbox", Document.class)).as("left for the sweep").hasSize(1);
        relay.relayOnce();
        assertThat(mongo.getCollection("ideas").find(new Document("_id", unannounced)).first()
                .getList("outbox", Document.class)).as("found by the sweep").isEmpty();
    }

    @Test
    void a_rush_of_saves_is_read_with_one_query_and_cleared_with_one_write() {
        relay.relaySaved(); // what earlier tests saved
        List<Idea> rush = IntStream.range(0, 30).mapToObj(i -> noted("rush " + i)).toList();
        Set<String> keys = rush.stream().map(idea -> idea.id).collect(Collectors.toSet());
        commands.clear();

        OutboxRelay.Pass pass = relay.relaySaved();

        assertThat(pass.published()).isEqualTo(30);
        assertThat(commands.on("ideas")).as("one read of the 30 aggregates, one write clearing them")
                .containsExactly("find", "update");
        assertThat(rush).allSatisfy(idea -> assertThat(outboxOf(idea.id)).isEmpty());
        assertThat(KafkaProbe.await(BackboneTestApplication.TOPIC, 31, Duration.ofSeconds(5),
                record -> keys.contains(record.key()))).extracting(record -> record.key())
                .as("each once, none lost").containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void a_change_that_is_not_stored_publishes_no_event() {
        Idea idea = noted("first");
        relay.relayOnce();
        Idea mine = ideas.findById(idea.id).orElseThrow();
        Idea theirs = ideas.findById(idea.id).orElseThrow();
        theirs.note("theirs");
        ideas.save(theirs);

        mine.note("mine, based on a stale copy");
        assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> ideas.save(mine));

        assertThat(outboxOf(idea.id)).extracting(OutboxEvent::data)
                .singleElement().asString().contains("theirs").doesNotContain("mine");
    }

    @Test
    void a_running_relay_publishes_right_after_each_save_without_sweeping_again() {
        Idea earlier = noted("waiting before the relay starts");
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(earlier.id).isEmpty()); // its first pass: a sweep
            commands.clear();
            for (int i = 0; i < 5; i++) {
                Idea idea = noted("published promptly " + i);
                await().atMost(Duration.ofSeconds(3)).until(() -> outboxOf(idea.id).isEmpty());
            }
            // Each save's own hint is enough; a sweep after each (every outbox collection read
            // again) cost a query per collection per save, 4.6 % of registration-service's CPU.
            assertThat(commands.on("ideas")).as("hinted reads and clearing writes; the next sweep is an hour away")
                    .contains("update").doesNotContain("sweep");
        } finally {
            relay.stop();
        }
    }
}
