package org.lfpl.events.backbone.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Saves that recorded events wake the relay at once, so an event is not left waiting for the next poll. */
public final class OutboxWakeUp extends AbstractMongoEventListener<AggregateRoot> {

    private final OutboxRelay relay;

    public OutboxWakeUp(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<AggregateRoot> event) {
        if (!event.getSource().pendingEvents().isEmpty()) {
            relay.saved(event.getCollectionName(), event.getDocument().get("_id"));
        }
    }
}
