package org.lfpl.dialogue.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lfpl.dialogue.events.DialogueRescheduled;
import org.lfpl.dialogue.events.DialogueScheduled;
import org.lfpl.dialogue.events.ProgrammePublished;
import org.lfpl.dialogue.events.SessionFacts;
import org.lfpl.events.backbone.outbox.AggregateRoot;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A symposium's programme: slots, rooms and where each accepted dialogue takes place. One document,
 * so every clash check reads and changes the whole programme at once (guarded by its version).
 */
@Document("programmes")
class Programme extends AggregateRoot {

    @Id
    private String symposiumId;
    private List<Slot> slots = new ArrayList<>();
    private List<Room> rooms = new ArrayList<>();
    private List<Session> sessions = new ArrayList<>();
    private Instant publishedAt;
    private List<Change> changelog = new ArrayList<>();

    Programme() {}

    Programme(String symposiumId) {
        this.symposiumId = symposiumId;
    }

    /** Replaces the slots; a slot that holds a session cannot go. */
    void defineSlots(List<Slot> newSlots, Instant now) {
        requireUnique(newSlots.stream().map(Slot::id).toList(), "slots");
        for (Slot slot : newSlots) {
            if (!slot.endsAt().isAfter(slot.startsAt())) {
                throw Problems.invalid("slots", "end after they start; " + slot.id() + " does not");
            }
        }
        for (Session session : sessions) {
            if (newSlots.stream().noneMatch(s -> s.id().equals(session.slotId()))) {
                throw Problems.conflict("slot-in-use", "Slot " + session.slotId() + " holds a dialogue; move it first.");
            }
        }
        slots = new ArrayList<>(newSlots);
        for (Session session : sessions) {
            checkClashes(session, sessions); // changed times may make two sessions of one host overlap
        }
        logChange(now, null, "Time slots changed");
    }

    /** Replaces the rooms; a room that holds a session cannot go or shrink below it. */
    void defineRooms(List<Room> newRooms, Instant now) {
        requireUnique(newRooms.stream().map(Room::id).toList(), "rooms");
        for (Session session : sessions) {
            Room room = newRooms.stream().filter(r -> r.id().equals(session.roomId())).findFirst()
                    .orElseThrow(() -> Problems.conflict("room-in-use", "Room " + session.roomId()
                            + " holds a dialogue; move it first."));
            if (!room.fits(session.capacity())) {
                throw Problems.conflict("room-too-small", "Room " + room.id() + " would be smaller than "
                        + session.title() + " (" + session.capacity() + " participants).");
            }
        }
        rooms = new ArrayList<>(newRooms);
        logChange(now, null, "Rooms changed");
    }

    /** Places a dialogue, or moves it; refuses any clash. */
    void schedule(Session session, Instant now) {
        Slot slot = slot(session.slotId()).orElseThrow(() -> Problems.invalid("slotId", "is a slot of this programme"));
        Room room = room(session.roomId()).orElseThrow(() -> Problems.invalid("roomId", "is a room of this programme"));
        if (!room.fits(session.capacity())) {
            throw Problems.conflict("room-too-small", room.name() + " seats " + room.capacity() + "; the dialogue takes "
                    + session.capacity() + ".");
        }
        Optional<Session> previous = session(session.dialogueId());
        List<Session> others = new ArrayList<>(sessions);
        previous.ifPresent(others::remove);
        checkClashes(session, others);
        others.add(session);
        sessions = others;
        boolean published = publishedAt != null;
        if (previous.isPresent()) {
            record(new DialogueRescheduled(facts(session), facts(previous.get()), published));
            logChange(now, session.dialogueId(), "\"" + session.title() + "\" moved to " + describe(slot, room));
        } else {
            record(new DialogueScheduled(facts(session), published));
            logChange(now, session.dialogueId(), "\"" + session.title() + "\" scheduled in " + describe(slot, room));
        }
    }

    /** Frees the slot and room of a cancelled dialogue; false when it had none. */
    boolean unschedule(String dialogueId, Instant now) {
        Optional<Session> session = session(dialogueId);
        if (session.isEmpty()) {
            return false;
        }
        List<Session> others = new ArrayList<>(sessions);
        others.remove(session.get());
        sessions = others;
        logChange(now, dialogueId, "\"" + session.get().title() + "\" cancelled");
        return true;
    }

    void publish(Instant now) {
        if (sessions.isEmpty()) {
            throw Problems.conflict("programme-empty", "Schedule at least one dialogue before publishing.");
        }
        boolean first = publishedAt == null;
        publishedAt = now;
        record(new ProgrammePublished(symposiumId, sessions.stream().map(this::facts).toList()));
        if (first) {
            changelog.add(new Change(now, null, "Programme published"));
        }
    }

    private void checkClashes(Session session, List<Session> placed) {
        Slot slot = slot(session.slotId()).orElseThrow();
        for (Session other : placed) {
            if (other.dialogueId().equals(session.dialogueId())) {
                continue;
            }
            Slot otherSlot = slot(other.slotId()).orElseThrow();
            if (!slot.overlaps(otherSlot)) {
                continue;
            }
            if (other.roomId().equals(session.roomId())) {
                throw Problems.conflict("room-taken", "Room " + session.roomId() + " already holds \"" + other.title()
                        + "\" at that time.");
            }
            for (String host : session.hostIds()) {
                if (other.hostIds().contains(host)) {
                    throw Problems.conflict("host-clash", "A host of this dialogue also hosts \"" + other.title()
                            + "\" at that time.");
                }
            }
        }
    }

    private void logChange(Instant now, String dialogueId, String what) {
        if (publishedAt != null) {
            changelog.add(new Change(now, dialogueId, what));
        }
    }

    private static String describe(Slot slot, Room room) {
        return (slot.label() == null ? slot.id() : slot.label()) + ", " + room.name();
    }

    private static void requireUnique(List<String> ids, String field) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw Problems.invalid(field, "have unique ids");
        }
    }

    SessionFacts facts(Session session) {
        Slot slot = slot(session.slotId()).orElseThrow();
        Room room = room(session.roomId()).orElseThrow();
        return new SessionFacts(session.dialogueId(), symposiumId, session.strandId(), session.title(),
                session.hostIds(), slot.id(), slot.startsAt(), slot.endsAt(), room.id(), room.name());
    }

    Optional<Slot> slot(String id) {
        return slots.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    Optional<Room> room(String id) {
        return rooms.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    Optional<Session> session(String dialogueId) {
        return sessions.stream().filter(s -> s.dialogueId().equals(dialogueId)).findFirst();
    }

    String symposiumId() { return symposiumId; }
    List<Slot> slots() { return List.copyOf(slots); }
    List<Room> rooms() { return List.copyOf(rooms); }
    List<Session> sessions() { return List.copyOf(sessions); }
    Instant publishedAt() { return publishedAt; }
    List<Change> changelog() { return List.copyOf(changelog); }
}
