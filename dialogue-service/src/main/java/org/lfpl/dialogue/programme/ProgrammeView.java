package org.lfpl.dialogue.programme;

import java.time.Instant;
import java.util.List;

/** The programme as participants read it: slots in time order, each with its sessions. */
public record ProgrammeView(String symposiumId, Instant publishedAt, List<Room> rooms, List<SlotView> slots,
        Long version) {

    public record SlotView(Slot slot, List<SessionView> sessions) {}

    public record SessionView(String dialogueId, String title, String strandId, List<Integer> principles,
            List<String> hostIds, int capacity, String roomId, String roomName) {}
}
