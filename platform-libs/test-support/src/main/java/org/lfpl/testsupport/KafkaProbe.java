package org.lfpl.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes raw Kafka records in tests, outside the code under test. */
public final class KafkaProbe {

    private KafkaProbe() {}

    /** Records on a topic that match, waiting up to {@code timeout} for at least {@code count}. */
    public static List<ConsumerRecord<String, byte[]>> await(String topic, int count, Duration timeout,
            Predicate<ConsumerRecord<String, byte[]>> matching) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    /** Sends one raw record with the given headers, as a hostile or broken producer might. */
    public static void send(String topic, String key, byte[] value, Map<String, String> headers) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, headerValue) -> record.headers().add(new RecordHeader(name, headerValue.getBytes())));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send test record", e);
        }
    }

    /**
     * Publishes one CloudEvent in binary mode exactly as the services' outbox relays do: JSON data,
     * {@code ce_*} headers, the key as subject, the time now. For events of other services in a test.
     */
    public static void sendEvent(String topic, String eventId, String key, String type, String json) {
        send(topic, key, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("ce_id", eventId,
                "ce_specversion", "1.0", "ce_source", "/test", "ce_type", type, "ce_subject", key,
                "ce_time", java.time.Instant.now().toString(), "content-type", "application/json"));
    }

    /** The same with a fresh event id, which it returns. */
    public static String sendEvent(String topic, String key, String type, String json) {
        String eventId = java.util.UUID.randomUUID().toString();
        sendEvent(topic, eventId, key, type, json);
        return eventId;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value());
    }
}
