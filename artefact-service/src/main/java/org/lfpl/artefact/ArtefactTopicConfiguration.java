package org.lfpl.artefact;

import org.apache.kafka.clients.admin.NewTopic;
import org.lfpl.artefact.events.ArtefactTopics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The producer declares the topic it owns; in Kubernetes the Strimzi KafkaTopic does the same. */
@Configuration(proxyBeanMethods = false)
class ArtefactTopicConfiguration {

    @Bean
    NewTopic artefactEvents(@Value("${lfpl.events.partitions:3}") int partitions,
            @Value("${lfpl.events.replicas:1}") short replicas) {
        return TopicBuilder.name(ArtefactTopics.EVENTS).partitions(partitions).replicas(replicas).build();
    }
}
