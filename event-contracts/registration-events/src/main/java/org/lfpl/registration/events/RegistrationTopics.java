package org.lfpl.registration.events;

/** Topics registration-service owns. Consumers subscribe by these constants, never by copied strings. */
public final class RegistrationTopics {

    /** Every registration-service event, keyed by aggregate id (member id, symposium id, registration id). */
    public static final String EVENTS = "lfpl.registration.events.v1";

    private RegistrationTopics() {}
}
