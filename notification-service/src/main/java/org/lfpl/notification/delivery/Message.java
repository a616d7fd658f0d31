package org.lfpl.notification.delivery;

import java.time.Instant;

/**
 * What one event means for one member: the routing decides it, the delivery stores it once and
 * passes it on to the member's channels.
 *
 * @param category registration, dialogue, programme, discussion, artefact or profile: what
 *                 members set their preferences by
 * @param link     where in the portal it leads
 */
public record Message(String eventId, String recipientId, String category, String title, String body, String link,
        Instant at) {}
