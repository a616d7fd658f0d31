package org.lfpl.artefact.events;

/** Topics artefact-service owns. Consumers subscribe by these constants, never by copied strings. */
public final class ArtefactTopics {

    /** Every artefact-service event, keyed by artefact id. */
    public static final String EVENTS = "lfpl.artefact.events.v1";

    private ArtefactTopics() {}
}
