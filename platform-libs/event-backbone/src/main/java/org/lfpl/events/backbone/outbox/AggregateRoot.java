package org.lfpl.events.backbone.outbox;

import java.util.ArrayList;
import java.util.List;
import org.lfpl.events.contract.IntegrationEvent;
import org.springframework.data.annotation.Version;

/**
 * Base of every document that publishes events. {@link #record} adds the event to the document's
 * own {@code outbox} array, so saving the document stores the change and its event atomically;
 * {@link OutboxRelay} publishes and removes it. {@code version} makes concurrent saves of the same
 * aggregate fail instead of overwriting each other.
 */
public abstract class AggregateRoot {

    /** Name of the array every aggregate document carries; the relay looks for it. */
    public static final String OUTBOX = "outbox";

    @Version
    private Long version;

    private List<OutboxEvent> outbox = new ArrayList<>();

    protected void record(IntegrationEvent event) {
        outbox.add(OutboxEvent.of(event));
    }

    /** Events stored with this aggregate and not yet acknowledged by Kafka. */
    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(outbox);
    }

    public Long version() {
        return version;
    }
}
