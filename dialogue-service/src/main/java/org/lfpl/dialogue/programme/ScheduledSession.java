package org.lfpl.dialogue.programme;

import java.time.Instant;
import java.util.List;

/** A dialogue with its place and time, for joining and agendas. */
public record ScheduledSession(String dialogueId, String symposiumId, String strandId, String title,
        List<String> hostIds, int capacity, Instant startsAt, Instant endsAt, String roomName) {

    public boolean overlaps(ScheduledSession other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
