package org.lfpl.events.backbone.outbox;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

/**
 * The collections whose documents carry an outbox: every mapped document class that extends
 * {@link AggregateRoot}. Found from the mapping context, so a new aggregate cannot be forgotten.
 */
public final class OutboxCollections {

    private final Supplier<List<String>> names;
    private volatile List<String> resolved;

    public OutboxCollections(MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> mapping) {
        this.names = () -> mapping.getPersistentEntities().stream()
                .filter(entity -> AggregateRoot.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .distinct()
                .sorted()
                .toList();
    }

    public List<String> names() {
        List<String> current = resolved;
        if (current == null) {
            current = names.get();
            if (!current.isEmpty()) {
                resolved = current;
            }
        }
        return current;
    }
}
