package org.lfpl.events.backbone.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.lfpl.events.backbone.EventBackboneProperties;
import org.lfpl.events.backbone.consume.DeadLetterTopics;
import org.lfpl.events.backbone.consume.PoisonEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring for CloudEvents in binary mode: attributes as {@code ce_*} headers, the JSON payload
 * as the record value.
 *
 * <p>Producing: idempotent, {@code acks=all}, so an acknowledged event is on every in-sync replica
 * and a producer retry never writes it twice. Consuming: a record that cannot even be read as a
 * CloudEvent, or whose payload is poison, goes straight to the dead-letter topic; any other
 * failure is retried with exponential back-off a bounded number of times and then dead-lettered,
 * and the listener moves on to the next record.
 */
@Configuration(proxyBeanMethods = false)
public class CloudEventsKafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CloudEventsKafkaConfiguration.class);

    /** Handled records are committed at least this often, and after {@link #COMMIT_EVERY_RECORDS} records. */
    static final Duration COMMIT_EVERY = Duration.ofSeconds(1);
    static final int COMMIT_EVERY_RECORDS = 500;

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventTemplate(KafkaProperties properties, MeterRegistry meters) {
        Map<String, Object> config = new LinkedHashMap<>(properties.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        // Correctness settings live in code, not in overridable defaults.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // A send either completes or fails within 15 s (shorter than the relay's wait), and blocks at
        // most 5 s for metadata, so a Kafka outage makes the relay back off instead of hanging.
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        DefaultKafkaProducerFactory<String, CloudEvent> producers = new DefaultKafkaProducerFactory<>(config);
        producers.addListener(new MicrometerProducerListener<>(meters)); // kafka_producer_* client metrics
        KafkaTemplate<String, CloudEvent> template = new KafkaTemplate<>(producers);
        template.setObservationEnabled(true);
        return template;
    }

    /** Republishes records whose value could not be deserialised, byte for byte. */
    @Bean
    KafkaTemplate<String, byte[]> deadLetterBytesTemplate(KafkaProperties properties) {
        Map<String, Object> config = new LinkedHashMap<>(properties.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        // Timed by observation like cloudEventTemplate: both then write spring.kafka.template with the
        // same tag keys. Otherwise Prometheus refuses whichever registers second, and after the first
        // dead letter of unreadable bytes the service's event publishing went untimed.
        template.setObservationEnabled(true);
        return template;
    }

    @Bean
    DefaultErrorHandler eventErrorHandler(KafkaTemplate<String, CloudEvent> cloudEventTemplate,
            KafkaTemplate<String, byte[]> deadLetterBytesTemplate, EventBackboneProperties properties,
            MeterRegistry meters) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, deadLetterBytesTemplate);
        templates.put(CloudEvent.class, cloudEventTemplate);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates, (record, exception) -> {
            String group = KafkaUtils.getConsumerGroupId();
            String topic = DeadLetterTopics.of(record.topic(), group == null ? "unknown-group" : group);
            meters.counter("lfpl.events.dead.lettered", "topic", record.topic()).increment();
            log.error("Dead-lettering record {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
                    topic, exception.getMessage());
            return new TopicPartition(topic, -1); // let the key choose the partition
        });
        EventBackboneProperties.Consumer retry = properties.consumer();
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialBackOff().toMillis(), 2.0);
        backOff.setMaxInterval(retry.maxBackOff().toMillis());
        backOff.setMaxAttempts(retry.maxRetries());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        return handler;
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, CloudEvent> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, KafkaProperties properties,
            DefaultErrorHandler eventErrorHandler, @Value("${spring.application.name}") String applicationName,
            MeterRegistry meters) {
        Map<String, Object> config = new LinkedHashMap<>(properties.buildConsumerProperties());
        config.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, applicationName);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ErrorHandlingDeserializer.KEY_DESERIALIZER_CLASS, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class);
        config.put(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, CloudEventDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        ConcurrentKafkaListenerContainerFactory<String, CloudEvent> factory = new ConcurrentKafkaListenerContainerFactory<>();
        DefaultKafkaConsumerFactory<Object, Object> consumers = new DefaultKafkaConsumerFactory<>(config);
        consumers.addListener(new MicrometerConsumerListener<>(meters)); // kafka_consumer_* incl. records lag
        configurer.configure(castFactory(factory), consumers);
        factory.setCommonErrorHandler(eventErrorHandler);
        // What was handled is committed together: after 500 records, or once a second has passed since
        // the last commit (checked after each poll, so within the poll timeout when the topic is quiet),
        // and always when partitions are revoked or the container stops. A crash redoes at most that
        // much, and consumers drop the copies (they deduplicate on ce_id, at-least-once is the contract).
        // A synchronous commit after every record cost each consumer a broker round trip per event and
        // the broker's group coordinator ~40 % of its CPU at 100 events/s (JFR, docs/figures.md).
        ContainerProperties container = factory.getContainerProperties();
        container.setAckMode(ContainerProperties.AckMode.COUNT_TIME);
        container.setAckCount(COMMIT_EVERY_RECORDS);
        container.setAckTime(COMMIT_EVERY.toMillis());
        container.setObservationEnabled(true);
        return factory;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ConcurrentKafkaListenerContainerFactory<Object, Object> castFactory(
            ConcurrentKafkaListenerContainerFactory<String, CloudEvent> factory) {
        return (ConcurrentKafkaListenerContainerFactory) factory;
    }
}
