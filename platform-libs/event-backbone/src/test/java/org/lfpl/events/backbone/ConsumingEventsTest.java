package org.lfpl.events.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.lfpl.events.backbone.BackboneTestApplication.Commits;
import org.lfpl.events.backbone.BackboneTestApplication.IdeaListener;
import org.lfpl.events.backbone.consume.DeadLetterTopicDeclarations;
import org.lfpl.events.backbone.consume.DeadLetterTopics;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.PlatformInfrastructure;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Bounded retries, then the dead-letter topic, and the listener keeps going; handled records are committed together. */
@SpringBootTest(properties = {"spring.application.name=backbone-test", "lfpl.events.relay.enabled=false",
        "lfpl.events.consumer.max-retries=2", "lfpl.events.consumer.initial-back-off=50ms"})
@UsePlatformInfrastructure
class ConsumingEventsTest {

    static final String DLT = DeadLetterTopics.of(BackboneTestApplication.TOPIC, "backbone-test");

    @Autowired
    IdeaListener listener;

    @Autowired
    DeadLetterTopicDeclarations declarations;

    @Test
    void a_record_that_is_not_a_cloud_event_goes_to_the_dead_letter_topic_and_the_next_one_is_processed() {
        String marker = "garbage-" + UUID.randomUUID();
        KafkaProbe.send(BackboneTestApplication.TOPIC, "k", marker.getBytes(StandardCharsets.UTF_8), Map.of());
        String next = "after-garbage-" + UUID.randomUUID();
        BackboneTestApplication.sendIdea(UUID.randomUUID().toString(), next);

        await().atMost(Duration.ofSeconds(20)).until(() -> listener.processed.contains(next));
        var dead = KafkaProbe.await(DLT, 1, Duration.ofSeconds(10),
                record -> marker.equals(new String(record.value(), StandardCharsets.UTF_8)));
        assertThat(dead).as("the original bytes, untouched").hasSize(1);
        assertThat(KafkaProbe.header(dead.getFirst(), "kafka_dlt-exception-message")).isNotBlank();
    }

    @Test
    void an_event_with_unreadable_data_is_dead_lettered_without_retrying() {
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send(BackboneTestApplication.TOPIC, "k", "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_id", eventId, "ce_specversion", "1.0", "ce_source", "/test",
                        "ce_type", "org.lfpl.test.idea.noted.v1", "content-type", "application/json"));

        assertThat(KafkaProbe.await(DLT, 1, Duration.ofSeconds(20),
                record -> eventId.equals(KafkaProbe.header(record, "ce_id")))).hasSize(1);
        assertThat(listener.deliveriesById.get(eventId)).as("poison is not retried").hasValue(1);
    }

    @Test
    void dead_letter_topics_are_declared_for_every_listener() {
        assertThat(declarations.names()).containsExactly(DLT);
    }

    @Test
    void a_failing_event_is_retried_a_bounded_number_of_times_then_dead_lettered() {
        String eventId = UUID.randomUUID().toString();
        String text = "always-fails-" + UUID.randomUUID();
        BackboneTestApplication.sendIdea(eventId, text);

        assertThat(KafkaProbe.await(DLT, 1, Duration.ofSeconds(20),
                record -> eventId.equals(KafkaProbe.header(record, "ce_id")))).hasSize(1);
        assertThat(listener.attempts.get(text)).as("first attempt plus two retries").hasValue(3);
        assertThat(listener.processed).doesNotContain(text);
    }

    @Test
    void a_passing_fault_is_retried_and_the_event_is_processed_once() {
        String eventId = UUID.randomUUID().toString();
        String text = "fails-once-" + UUID.randomUUID();
        BackboneTestApplication.sendIdea(eventId, text);

        await().atMost(Duration.ofSeconds(20)).until(() -> listener.processed.contains(text));
        assertThat(listener.processed).containsOnlyOnce(text);
        assertThat(KafkaProbe.await(DLT, 1, Duration.ofSeconds(2),
                record -> eventId.equals(KafkaProbe.header(record, "ce_id")))).isEmpty();
    }

    @Test
    void both_kinds_of_dead_letter_are_timed_alike_so_a_metrics_backend_keeps_both(@Autowired MeterRegistry meters) {
        String marker = "garbage-" + UUID.randomUUID();
        KafkaProbe.send(BackboneTestApplication.TOPIC, "k", marker.getBytes(StandardCharsets.UTF_8), Map.of());
        String eventId = UUID.randomUUID().toString();
        BackboneTestApplication.sendIdea(eventId, "always-fails-" + UUID.randomUUID());
        KafkaProbe.await(DLT, 1, Duration.ofSeconds(20), record -> marker.equals(new String(record.value(), StandardCharsets.UTF_8)));
        KafkaProbe.await(DLT, 1, Duration.ofSeconds(20), record -> eventId.equals(KafkaProbe.header(record, "ce_id")));

        // Prometheus refuses a second meter of one name with other tag keys: every sender must tag alike.
        assertThat(meters.find("spring.kafka.template").timers())
                .extracting(timer -> timer.getId().getTag("spring.kafka.template.name"))
                .contains("deadLetterBytesTemplate", "cloudEventTemplate")
                .doesNotContainNull();
    }

    @Test
    void handled_events_are_committed_together_and_soon_after_the_topic_goes_quiet() throws Exception {
        String batch = "batch-" + UUID.randomUUID();
        int events = 40;
        int commitsBefore = Commits.count.get();
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // One producer for all 40 (KafkaProbe.send opens one per record), so they arrive close together.
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < events; i++) {
                String id = UUID.randomUUID().toString();
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(BackboneTestApplication.TOPIC, id,
                        BackboneTestApplication.ideaData(id, batch + "-" + i));
                BackboneTestApplication.ideaHeaders(id)
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> listener.processed.stream().filter(text -> text.startsWith(batch)).count() == events);

        assertThat(Commits.consumed.keySet()).anyMatch(partition -> partition.topic().equals(BackboneTestApplication.TOPIC));
        // Nothing handled is left uncommitted once the topic is quiet (a restart would redo none of it)...
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> Commits.consumed.forEach((partition, offset) -> {
            if (partition.topic().equals(BackboneTestApplication.TOPIC)) {
                assertThat(Commits.committed.getOrDefault(partition, -1L)).as("next offset committed on %s", partition)
                        .isGreaterThan(offset);
            }
        }));
        // ...and the 40 were not committed one by one, each a synchronous round trip to the broker.
        assertThat(Commits.count.get() - commitsBefore).isLessThan(events / 4);
    }
}
