package org.lfpl.events.backbone.deadletters;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.lfpl.events.backbone.consume.DeadLetterTopicDeclarations;
import org.lfpl.events.backbone.consume.DeadLetterTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.web.ErrorResponseException;

/**
 * Reads this service's dead-letter topics and replays a record to the listener that gave up on it.
 *
 * <p>Reading uses a consumer of its own with no group (nothing is committed, no listener is
 * disturbed); only the topics this service declared can be read, so the endpoint is no window into
 * other topics. A replay runs the listener in this service only: the other consumers of the
 * original topic already handled the event. Listeners are idempotent, so a replay of an event the
 * listener has meanwhile applied does nothing; a handled replay is remembered (collection
 * {@value #REPLAYS}) and not repeated.
 */
public class DeadLetters {

    static final int MAX_LIST = 500;
    static final String REPLAYS = "dead_letter_replays";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterTopicDeclarations declarations;
    private final KafkaListenerEndpointRegistry listeners;
    private final MongoTemplate mongo;
    private final Map<String, Object> consumerConfig;

    public DeadLetters(DeadLetterTopicDeclarations declarations, KafkaListenerEndpointRegistry listeners,
            MongoTemplate mongo, Map<String, Object> kafkaConsumerProperties) {
        this.declarations = declarations;
        this.listeners = listeners;
        this.mongo = mongo;
        Map<String, Object> config = new HashMap<>(kafkaConsumerProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_LIST);
        this.consumerConfig = config;
    }

    public List<String> topics() {
        return declarations.names().stream().distinct().sorted().toList();
    }

    /** The newest {@code limit} dead letters over all of this service's dead-letter topics. */
    public List<DeadLetter> newest(int limit) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics()) {
                partitions.addAll(partitionsOf(consumer, topic));
            }
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> remaining = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long from = Math.max(begin.get(partition), end.get(partition) - limit);
                consumer.seek(partition, from);
                if (from < end.get(partition)) {
                    remaining.put(partition, end.get(partition));
                }
            }
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (!remaining.isEmpty() && Instant.now().isBefore(deadline)) {
                ConsumerRecords<String, byte[]> polled = consumer.poll(Duration.ofMillis(200));
                polled.forEach(records::add);
                remaining.entrySet().removeIf(entry -> consumer.position(entry.getKey()) >= entry.getValue());
            }
        }
        Map<String, DeadLetter.Replay> replays = replaysOf(records);
        return records.stream()
                .map(record -> view(record, replays.get(DeadLetter.idOf(record.topic(), record.partition(), record.offset()))))
                .sorted(Comparator.comparing(DeadLetter::deadLetteredAt).reversed()
                        .thenComparing(DeadLetter::id))
                .limit(limit)
                .toList();
    }

    /** Runs the dead-lettered record through the listener that failed on it; see the controller. */
    public DeadLetter.Replay replay(String topic, int partition, long offset, String by) {
        if (!topics().contains(topic)) {
            throw notFound("No dead-letter topic " + topic + " in this service.");
        }
        String id = DeadLetter.idOf(topic, partition, offset);
        DeadLetter.Replay previous = replayOf(id);
        if (previous != null && previous.handled()) {
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, "already-replayed",
                    "This dead letter was replayed and handled at " + previous.at() + " by " + previous.by() + "."), null);
        }
        ConsumerRecord<String, byte[]> record = read(topic, partition, offset)
                .orElseThrow(() -> notFound("No dead letter " + id + "."));
        String originalTopic = text(record.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC);
        MessageListenerContainer container = listeners.getListenerContainers().stream()
                .filter(candidate -> candidate.getContainerProperties().getTopics() != null
                        && Arrays.stream(candidate.getContainerProperties().getTopics())
                                .anyMatch(listened -> DeadLetterTopics.of(listened, candidate.getGroupId()).equals(topic)))
                .findFirst()
                .orElseThrow(() -> notFound("No listener in this service reads the topic behind " + topic + "."));

        CloudEvent event;
        try {
            event = new CloudEventDeserializer().deserialize(originalTopic, record.headers(), record.value());
        } catch (RuntimeException notACloudEvent) {
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem(HttpStatus.UNPROCESSABLE_CONTENT,
                    "not-a-cloud-event", "This record is not a readable CloudEvent, so no listener can handle it: "
                            + shorten(notACloudEvent.getMessage())), null);
        }
        Integer originalPartition = integer(record.headers(), KafkaHeaders.DLT_ORIGINAL_PARTITION);
        Long originalOffset = longValue(record.headers(), KafkaHeaders.DLT_ORIGINAL_OFFSET);
        ConsumerRecord<String, CloudEvent> again = new ConsumerRecord<>(originalTopic == null ? topic : originalTopic,
                originalPartition == null ? partition : originalPartition, originalOffset == null ? offset : originalOffset,
                record.key(), event);
        for (Header header : record.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX + "dlt-")) {
                again.headers().add(header);
            }
        }
        try {
            deliver(container, again);
        } catch (RuntimeException failedAgain) {
            Throwable cause = failedAgain.getCause() == null ? failedAgain : failedAgain.getCause();
            DeadLetter.Replay failed = remember(id, DeadLetter.Replay.FAILED, by, cause.getClass().getName() + ": " + cause.getMessage());
            log.warn("Replay of dead letter {} by {} failed again: {}", id, by, failed.message());
            ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "replay-failed",
                    "The listener failed again; the record stays on the dead-letter topic: " + failed.message());
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, failedAgain);
        }
        log.info("Replayed dead letter {} (event {}) by {}", id, event.getId(), by);
        return remember(id, DeadLetter.Replay.HANDLED, by, null);
    }

    @SuppressWarnings("unchecked")
    private static void deliver(MessageListenerContainer container, ConsumerRecord<String, CloudEvent> record) {
        Object listener = container.getContainerProperties().getMessageListener();
        if (listener instanceof AcknowledgingConsumerAwareMessageListener<?, ?> aware) {
            ((AcknowledgingConsumerAwareMessageListener<String, CloudEvent>) aware).onMessage(record, null, null);
        } else if (listener instanceof MessageListener<?, ?> plain) {
            ((MessageListener<String, CloudEvent>) plain).onMessage(record);
        } else {
            throw new IllegalStateException("Listener " + container.getListenerId() + " takes batches; replay it from Kafka");
        }
    }

    private Optional<ConsumerRecord<String, byte[]>> read(String topic, int partition, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicPartition where = new TopicPartition(topic, partition);
            if (!partitionsOf(consumer, topic).contains(where)) {
                return Optional.empty();
            }
            consumer.assign(List.of(where));
            long end = consumer.endOffsets(List.of(where), READ_TIMEOUT).get(where);
            long begin = consumer.beginningOffsets(List.of(where), READ_TIMEOUT).get(where);
            if (offset < begin || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(where, offset);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                    if (record.offset() > offset) {
                        return Optional.empty(); // compacted or a transaction marker
                    }
                }
            }
            return Optional.empty();
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, READ_TIMEOUT);
        return infos == null ? List.of() : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private DeadLetter view(ConsumerRecord<String, byte[]> record, DeadLetter.Replay replay) {
        Headers headers = record.headers();
        String group = text(headers, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        return new DeadLetter(DeadLetter.idOf(record.topic(), record.partition(), record.offset()), record.topic(),
                record.partition(), record.offset(), group, text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                integer(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION), longValue(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET),
                record.key(), text(headers, "ce_id"), text(headers, "ce_type"), text(headers, "ce_subject"),
                text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN), shorten(text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE)),
                Instant.ofEpochMilli(record.timestamp()), replay);
    }

    private Map<String, DeadLetter.Replay> replaysOf(List<ConsumerRecord<String, byte[]>> records) {
        if (records.isEmpty()) {
            return Map.of();
        }
        List<String> ids = records.stream().map(r -> DeadLetter.idOf(r.topic(), r.partition(), r.offset())).toList();
        Map<String, DeadLetter.Replay> replays = new LinkedHashMap<>();
        for (Document document : mongo.getCollection(REPLAYS).find(new Document("_id", new Document("$in", ids)))) {
            replays.put(document.getString("_id"), replayFrom(document));
        }
        return replays;
    }

    private DeadLetter.Replay replayOf(String id) {
        Document document = mongo.getCollection(REPLAYS).find(new Document("_id", id)).first();
        return document == null ? null : replayFrom(document);
    }

    private DeadLetter.Replay remember(String id, String outcome, String by, String message) {
        DeadLetter.Replay replay = new DeadLetter.Replay(outcome, Instant.now(), by, shorten(message));
        Document document = new Document("outcome", replay.outcome()).append("at", java.util.Date.from(replay.at()))
                .append("by", replay.by()).append("message", replay.message());
        mongo.getCollection(REPLAYS).replaceOne(new Document("_id", id), document.append("_id", id),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
        return replay;
    }

    private static DeadLetter.Replay replayFrom(Document document) {
        java.util.Date at = document.getDate("at");
        return new DeadLetter.Replay(document.getString("outcome"), at == null ? null : at.toInstant(),
                document.getString("by"), document.getString("message"));
    }

    private static String text(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null || header.value().length != Integer.BYTES ? null
                : ByteBuffer.wrap(header.value()).getInt();
    }

    private static Long longValue(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null || header.value().length != Long.BYTES ? null
                : ByteBuffer.wrap(header.value()).getLong();
    }

    private static String shorten(String message) {
        return message == null || message.length() <= 1000 ? message : message.substring(0, 1000) + "…";
    }

    static ProblemDetail problem(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:lfpl:problem:" + slug));
        return problem;
    }

    private static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "not-found", detail), null);
    }
}
