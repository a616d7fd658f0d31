package org.lfpl.dialogue.events;

import java.time.Instant;
import java.util.List;

/**
 * Where and when a dialogue takes place, as programme events tell it.
 *
 * @param dialogueId the dialogue
 * @param symposiumId its symposium
 * @param strandId   its strand
 * @param title      its title
 * @param hostIds    host and co-hosts
 * @param slotId     the time slot
 * @param startsAt   start of the slot
 * @param endsAt     end of the slot
 * @param roomId     the room
 * @param roomName   what participants look for
 */
public record SessionFacts(String dialogueId, String symposiumId, String strandId, String title, List<String> hostIds,
        String slotId, Instant startsAt, Instant endsAt, String roomId, String roomName) {}
