package org.lfpl.events.backbone.consume;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Creates the dead-letter topic of every listener (topic and group) at start-up. Without it,
 * publishing to a dead-letter topic fails wherever brokers do not auto-create topics (as in
 * production), and the failing record would block its partition instead of being set aside.
 */
public final class DeadLetterTopicDeclarations implements SmartLifecycle {

    private final KafkaListenerEndpointRegistry listeners;
    private final KafkaAdmin admin;
    private final int partitions;
    private final short replicas;

    public DeadLetterTopicDeclarations(KafkaListenerEndpointRegistry listeners, KafkaAdmin admin, int partitions,
            short replicas) {
        this.listeners = listeners;
        this.admin = admin;
        this.partitions = partitions;
        this.replicas = replicas;
    }

    /** The dead-letter topics of the listeners registered in this application. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] topics = container.getContainerProperties().getTopics();
            if (topics != null) {
                for (String topic : topics) {
                    names.add(DeadLetterTopics.of(topic, container.getGroupId()));
                }
            }
        }
        return names;
    }

    private volatile boolean declared;

    /** Runs once every listener container is registered, just before they start consuming. */
    @Override
    public void start() {
        List<NewTopic> topics = names().stream()
                .map(name -> TopicBuilder.name(name).partitions(partitions).replicas(replicas).build()).toList();
        if (!topics.isEmpty()) {
            admin.createOrModifyTopics(topics.toArray(NewTopic[]::new));
        }
        declared = true;
    }

    @Override
    public void stop() {
        declared = false;
    }

    @Override
    public boolean isRunning() {
        return declared;
    }

    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 1000;
    }
}
