package org.lfpl.events.backbone.consume;

import io.cloudevents.CloudEvent;
import java.time.Instant;
import org.lfpl.events.contract.EventTypes;
import org.lfpl.events.contract.IntegrationEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event as a consumer sees it: the envelope, and the payload read into the consumer's own view
 * of the contract. Unknown fields are ignored (a tolerant reader keeps only what it needs), so a
 * producer may add fields without breaking anyone.
 */
public record IncomingEvent(CloudEvent cloudEvent) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(IncomingEvent.class);

    /**
     * One line per event handled, logged inside the listener's span: with the trace id the event
     * carries, an operator follows a request from the gateway to every consumer it reached.
     */
    public IncomingEvent {
        log.info("Handling {} {} ({})", cloudEvent.getType(), cloudEvent.getId(), cloudEvent.getSubject());
    }

    public String id() {
        return cloudEvent.getId();
    }

    public String type() {
        return cloudEvent.getType();
    }

    public String subject() {
        return cloudEvent.getSubject();
    }

    public Instant time() {
        return cloudEvent.getTime() == null ? Instant.now() : cloudEvent.getTime().toInstant();
    }

    public boolean is(Class<? extends IntegrationEvent> payloadClass) {
        return EventTypes.typeOf(payloadClass).equals(cloudEvent.getType());
    }

    /** The payload; a payload that cannot be read is poison and goes straight to the dead-letter topic. */
    public <T> T data(Class<T> payloadClass) {
        if (cloudEvent.getData() == null) {
            throw new PoisonEventException("Event " + id() + " of type " + type() + " has no data");
        }
        try {
            return JSON.readValue(cloudEvent.getData().toBytes(), payloadClass);
        } catch (JacksonException e) {
            throw new PoisonEventException("Event " + id() + " of type " + type() + " has unreadable data", e);
        }
    }
}
