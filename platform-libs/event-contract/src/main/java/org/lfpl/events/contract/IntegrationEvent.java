package org.lfpl.events.contract;

/**
 * The payload of an event one service publishes for others.
 *
 * <p>Envelope facts (id, time, source, type with version) travel as CloudEvents attributes, not in
 * the payload; the payload carries only what consumers need to act without calling back.
 */
public interface IntegrationEvent {

    /**
     * The id of the aggregate the event is about. It becomes the Kafka record key (so one
     * aggregate's events stay in order on one partition) and the CloudEvents {@code subject}.
     */
    String aggregateId();
}
