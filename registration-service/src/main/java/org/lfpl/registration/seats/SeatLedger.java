package org.lfpl.registration.seats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The seats of one symposium, kept apart from the symposium itself so organisers' edits and
 * members' registrations never overwrite each other. A seat is held by a registration id: counted
 * in {@code held} (what the capacity check reads) and listed in {@code holders} (what makes a claim
 * idempotent and lets orphaned seats be found). Strands with a cap are counted the same way.
 * Every change is one conditional single-document update, so capacity holds under any concurrency.
 */
@Document("seat_ledgers")
class SeatLedger {

    @Id
    String symposiumId;
    int capacity;
    int held;
    List<String> holders = List.of();
    /** Strand id to its cap; strands without a cap are absent. */
    Map<String, Integer> strandCaps = new HashMap<>();
    Map<String, Integer> strandHeld = new HashMap<>();
    Map<String, List<String>> strandHolders = new HashMap<>();
    /** Last waitlist number handed out: first come, first served. */
    long waitlistSequence;
    /**
     * Members waiting in line now. Kept with the sequence so a new waitlister's position comes
     * from the same update as their number; housekeeping corrects it after a crash.
     */
    int waiting;
}
