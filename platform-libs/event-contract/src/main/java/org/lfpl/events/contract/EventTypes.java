package org.lfpl.events.contract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the {@link EventType} of a payload class once and remembers it. */
public final class EventTypes {

    /** What the annotation says, resolved to the wire type. */
    public record Descriptor(String topic, String type) {}

    private static final Map<Class<?>, Descriptor> CACHE = new ConcurrentHashMap<>();

    private EventTypes() {}

    public static Descriptor of(Class<? extends IntegrationEvent> payloadClass) {
        return CACHE.computeIfAbsent(payloadClass, EventTypes::read);
    }

    public static String typeOf(Class<? extends IntegrationEvent> payloadClass) {
        return of(payloadClass).type();
    }

    private static Descriptor read(Class<?> payloadClass) {
        EventType annotation = payloadClass.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(payloadClass.getName() + " has no @EventType");
        }
        if (annotation.version() < 1) {
            throw new IllegalArgumentException(payloadClass.getName() + ": version starts at 1");
        }
        return new Descriptor(annotation.topic(), annotation.name() + ".v" + annotation.version());
    }
}
