package org.lfpl.events.backbone.consume;

/** An event that can never be processed, however often it is retried: dead-letter it at once. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
