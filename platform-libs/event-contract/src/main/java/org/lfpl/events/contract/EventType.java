package org.lfpl.events.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event on the wire. The CloudEvents {@code type} is {@code name + ".v" + version}, for
 * example {@code org.lfpl.registration.member.updated.v1}; a breaking change to the payload is a
 * new version, published beside the old one until every consumer has moved.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Kafka topic; one topic per producing service. */
    String topic();

    /** Reverse-DNS event name without version. */
    String name();

    /** Payload version, starting at 1. */
    int version();
}
