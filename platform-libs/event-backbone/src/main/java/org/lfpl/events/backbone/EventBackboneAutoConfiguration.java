package org.lfpl.events.backbone;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.lfpl.events.backbone.consume.DeadLetterTopicDeclarations;
import org.lfpl.events.backbone.kafka.CloudEventsKafkaConfiguration;
import org.lfpl.events.backbone.outbox.OutboxCollections;
import org.lfpl.events.backbone.outbox.OutboxRelay;
import org.lfpl.events.backbone.outbox.OutboxWakeUp;
import org.springframework.beans.factory.annotation.Value;
import org.lfpl.events.backbone.deadletters.DeadLetterController;
import org.lfpl.events.backbone.deadletters.DeadLetters;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/** The backbone every service gets by depending on this library. */
@AutoConfiguration(before = KafkaAutoConfiguration.class, after = DataMongoAutoConfiguration.class)
@EnableConfigurationProperties(EventBackboneProperties.class)
@Import(CloudEventsKafkaConfiguration.class)
public class EventBackboneAutoConfiguration {

    @Bean
    OutboxCollections outboxCollections(MongoMappingContext mappingContext) {
        return new OutboxCollections(mappingContext);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> cloudEventTemplate,
            OutboxCollections collections, EventBackboneProperties properties,
            @Value("${spring.application.name}") String applicationName, MeterRegistry meters) {
        return new OutboxRelay(mongo, cloudEventTemplate, collections, properties.relay(), applicationName, meters);
    }

    @Bean
    OutboxWakeUp outboxWakeUp(OutboxRelay relay) {
        return new OutboxWakeUp(relay);
    }

    @Bean
    DeadLetterTopicDeclarations deadLetterTopicDeclarations(KafkaListenerEndpointRegistry listeners, KafkaAdmin admin,
            @Value("${lfpl.events.partitions:3}") int partitions, @Value("${lfpl.events.replicas:1}") short replicas) {
        return new DeadLetterTopicDeclarations(listeners, admin, partitions, replicas);
    }

    /** Organisers list and replay this service's dead letters (see DeadLetterController). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.security.access.prepost.PreAuthorize")
    static class DeadLetterAdministration {

        @Bean
        DeadLetters deadLetters(DeadLetterTopicDeclarations declarations, KafkaListenerEndpointRegistry listeners,
                MongoTemplate mongo, KafkaProperties kafka) {
            return new DeadLetters(declarations, listeners, mongo, kafka.buildConsumerProperties());
        }

        @Bean
        DeadLetterController deadLetterController(DeadLetters deadLetters) {
            return new DeadLetterController(deadLetters);
        }
    }
}
