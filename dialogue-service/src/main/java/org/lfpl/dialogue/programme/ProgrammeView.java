package org.lfpl.dialogue.programme;

import java.time.Instant;
import java.util.List;

/** The programme as participants read it: slots in time order, each with its sessions. */
public record ProgrammeView(String symposiumId, Instant publishedAt, List<Room> rooms, List<SlotView> slots,
        Long version) {

    public record SlotView(Slot slot, List<SessionView> sessions) {}

    /** For partner clients: who hosts is personal data, so sessions come without host ids. */
    public ProgrammeView withoutHosts() {
        return new ProgrammeView(symposiumId, publishedAt, rooms, slots.stream().map(slot -> new SlotView(slot.slot(),
                slot.sessions().stream().map(session -> new SessionView(session.dialogueId(), session.title(),
                        session.strandId(), session.principles(), List.of(), session.capacity(), session.roomId(),
                        session.roomName())).toList())).toList(), version);
    }

    public record SessionView(String dialogueId, String title, String strandId, List<Integer> principles,
            List<String> hostIds, int capacity, String roomId, String roomName) {}
}
