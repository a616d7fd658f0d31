package org.lfpl.events.backbone.outbox;

import java.time.Instant;
import java.util.UUID;
import org.lfpl.events.contract.EventTypes;
import org.lfpl.events.contract.IntegrationEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event waiting in its aggregate's document until Kafka has acknowledged it.
 *
 * <p>It is written by the same single-document write as the state change it describes, which is
 * what makes publishing reliable on MongoDB without multi-document transactions: either both the
 * change and its event are stored, or neither is.
 *
 * @param eventId the CloudEvents id; consumers deduplicate on it
 * @param topic   where the relay publishes it
 * @param type    versioned CloudEvents type
 * @param key     the aggregate id: Kafka key and CloudEvents subject
 * @param time    when the change happened
 * @param data    the payload as JSON, frozen at the time of the change
 * @param traceparent the W3C trace context of the change, so consumers continue its trace; null outside a trace
 */
public record OutboxEvent(String eventId, String topic, String type, String key, Instant time, String data,
        String traceparent) {

    // The payload's wire form belongs to the contract, not to a service's web JSON settings.
    private static final JsonMapper CONTRACT_JSON = JsonMapper.builder().build();

    public static OutboxEvent of(IntegrationEvent payload) {
        EventTypes.Descriptor descriptor = EventTypes.of(payload.getClass());
        return new OutboxEvent(UUID.randomUUID().toString(), descriptor.topic(), descriptor.type(),
                payload.aggregateId(), Instant.now(), CONTRACT_JSON.writeValueAsString(payload), TraceParent.current());
    }
}
