package org.lfpl.registration.seats;

import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lfpl.registration.symposium.Strand;
import org.lfpl.registration.symposium.Symposium;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Claims and frees seats. A claim succeeds only while the symposium and each capped strand the
 * registration chose are below their limits, checked and counted in the same update; claiming a
 * seat one already holds succeeds again without counting twice; freeing a seat one does not hold
 * changes nothing.
 */
@Service
public class Seats {

    /** How often a claim is retried when an organiser changed a limit between read and write. */
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    Seats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Creates or updates the ledger's limits; refuses to go below the seats already held. */
    public void limit(Symposium symposium) {
        Map<String, Integer> caps = new HashMap<>();
        for (Strand strand : symposium.strands()) {
            if (strand.cap() != null) {
                caps.put(strand.id(), strand.cap());
            }
        }
        SeatLedger ledger = ledger(symposium.id());
        if (ledger != null) {
            if (symposium.capacity() < ledger.held) {
                throw Problems.conflict("capacity-below-held", "Capacity cannot go below the " + ledger.held
                        + " seats already confirmed or offered.");
            }
            for (var cap : caps.entrySet()) {
                int strandHeld = ledger.strandHeld.getOrDefault(cap.getKey(), 0);
                if (cap.getValue() < strandHeld) {
                    throw Problems.conflict("cap-below-held", "The cap of strand " + cap.getKey()
                            + " cannot go below the " + strandHeld + " participants who hold a seat in it.");
                }
            }
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(symposium.id())),
                new Update().set("capacity", symposium.capacity()).set("strandCaps", caps)
                        .setOnInsert("held", 0).setOnInsert("holders", List.of()).setOnInsert("waitlistSequence", 0L)
                        .setOnInsert("waiting", 0),
                SeatLedger.class);
    }

    /** True when the registration holds a seat afterwards (newly claimed or already held). */
    public boolean claim(String symposiumId, String registrationId, Collection<String> strands) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SeatLedger ledger = limits(symposiumId); // without the holder lists: a rush reads this thousands of times
            if (ledger == null) {
                throw new IllegalStateException("No seat ledger for symposium " + symposiumId);
            }
            if (ledger.held >= ledger.capacity || strands.stream().anyMatch(s -> strandFull(ledger, s))) {
                return holds(symposiumId, registrationId);
            }
            Criteria free = Criteria.where("_id").is(symposiumId).and("holders").ne(registrationId)
                    .and("capacity").is(ledger.capacity).and("held").lt(ledger.capacity);
            Update take = new Update().inc("held", 1).push("holders", registrationId);
            for (String strand : strands) {
                Integer cap = ledger.strandCaps.get(strand);
                if (cap != null) {
                    free = free.and("strandCaps." + strand).is(cap).and("strandHeld." + strand).not().gte(cap);
                }
                take.inc("strandHeld." + strand, 1).push("strandHolders." + strand, registrationId);
            }
            if (mongo.updateFirst(Query.query(free), take, SeatLedger.class).getModifiedCount() == 1) {
                return true;
            }
            if (holds(symposiumId, registrationId)) {
                return true; // claimed before: a retry after a crash or a twin request
            }
        }
        return holds(symposiumId, registrationId);
    }

    private SeatLedger limits(String symposiumId) {
        return ledgerFields(symposiumId, "capacity", "held", "strandCaps", "strandHeld");
    }

    /** Only the named fields of a ledger: its holder lists can be long. */
    private SeatLedger ledgerFields(String symposiumId, String... fields) {
        Query query = Query.query(Criteria.where("_id").is(symposiumId));
        query.fields().include(fields);
        return mongo.findOne(query, SeatLedger.class);
    }

    private static boolean strandFull(SeatLedger ledger, String strand) {
        Integer cap = ledger.strandCaps.get(strand);
        return cap != null && ledger.strandHeld.getOrDefault(strand, 0) >= cap;
    }

    /** Frees the registration's seat if it holds one; returns whether it did. */
    public boolean release(String symposiumId, String registrationId, Collection<String> strands) {
        Update free = new Update().inc("held", -1).pull("holders", registrationId);
        for (String strand : strands) {
            free.inc("strandHeld." + strand, -1).pull("strandHolders." + strand, registrationId);
        }
        UpdateResult result = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(symposiumId).and("holders").is(registrationId)), free,
                SeatLedger.class);
        return result.getModifiedCount() == 1;
    }

    /**
     * Moves a seat holder from one set of strands to another in one update; false when a newly
     * chosen strand is at its cap (the old strands are then kept).
     */
    public boolean changeStrands(String symposiumId, String registrationId, Collection<String> from,
            Collection<String> to) {
        Set<String> removed = new LinkedHashSet<>(from);
        removed.removeAll(to);
        Set<String> added = new LinkedHashSet<>(to);
        added.removeAll(from);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SeatLedger ledger = ledger(symposiumId);
            if (ledger == null || !ledger.holders.contains(registrationId)) {
                return false;
            }
            if (added.stream().anyMatch(s -> strandFull(ledger, s))) {
                return false;
            }
            Criteria criteria = Criteria.where("_id").is(symposiumId).and("holders").is(registrationId);
            Update update = new Update();
            for (String strand : removed) {
                update.inc("strandHeld." + strand, -1).pull("strandHolders." + strand, registrationId);
            }
            for (String strand : added) {
                Integer cap = ledger.strandCaps.get(strand);
                if (cap != null) {
                    criteria = criteria.and("strandCaps." + strand).is(cap).and("strandHeld." + strand).not().gte(cap);
                }
                criteria = criteria.and("strandHolders." + strand).ne(registrationId);
                update.inc("strandHeld." + strand, 1).push("strandHolders." + strand, registrationId);
            }
            if (removed.isEmpty() && added.isEmpty()) {
                return true;
            }
            if (mongo.updateFirst(Query.query(criteria), update, SeatLedger.class).getModifiedCount() == 1) {
                return true;
            }
        }
        return false;
    }

    /** A place at the end of a waitlist: its number in the line, and its position (1 = next). */
    public record WaitlistPlace(long number, int position) {}

    /**
     * Takes the next number in line and counts one more waiting, in one update, so a member learns
     * their position without the registrations being counted.
     */
    public WaitlistPlace joinWaitlist(String symposiumId) {
        Query query = Query.query(Criteria.where("_id").is(symposiumId));
        query.fields().include("waitlistSequence", "waiting");
        SeatLedger ledger = mongo.findAndModify(query, new Update().inc("waitlistSequence", 1).inc("waiting", 1),
                FindAndModifyOptions.options().returnNew(true), SeatLedger.class);
        if (ledger == null) {
            throw new IllegalStateException("No seat ledger for symposium " + symposiumId);
        }
        return new WaitlistPlace(ledger.waitlistSequence, ledger.waiting);
    }

    /** One fewer waiting: offered a seat, cancelled, or the registration could not be stored. */
    public void leaveWaitlist(String symposiumId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(symposiumId).and("waiting").gt(0)),
                new Update().inc("waiting", -1), SeatLedger.class);
    }

    /** What the ledger believes about the waitlist: compare with the registrations, then correct. */
    public record WaitlistLength(long sequence, int waiting) {}

    /** What the ledger believes, for reconciliation: seats held, and the waitlist. */
    public record Tally(int held, WaitlistLength waitlist) {}

    /** The ledger's counts alone, without its holder lists (one small read per symposium and pass). */
    public Tally tally(String symposiumId) {
        SeatLedger ledger = ledgerFields(symposiumId, "held", "waitlistSequence", "waiting");
        return ledger == null ? new Tally(0, new WaitlistLength(0, 0))
                : new Tally(ledger.held, new WaitlistLength(ledger.waitlistSequence, ledger.waiting));
    }

    /** Sets the count of waiting members, only if nobody joined or left since {@code seen} was read. */
    public boolean correctWaitlistLength(String symposiumId, WaitlistLength seen, int actual) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(symposiumId)
                        .and("waitlistSequence").is(seen.sequence()).and("waiting").is(seen.waiting())),
                new Update().set("waiting", actual), SeatLedger.class).getModifiedCount() == 1;
    }

    public boolean holds(String symposiumId, String registrationId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(symposiumId).and("holders").is(registrationId)),
                SeatLedger.class);
    }

    /** Seats free now, overall. */
    public int free(String symposiumId) {
        SeatLedger ledger = ledger(symposiumId);
        return ledger == null ? 0 : Math.max(0, ledger.capacity - ledger.held);
    }

    /** Places left per capped strand, and overall under the key "*". */
    public Map<String, Integer> placesLeft(String symposiumId) {
        SeatLedger ledger = ledger(symposiumId);
        Map<String, Integer> left = new HashMap<>();
        if (ledger != null) {
            left.put("*", Math.max(0, ledger.capacity - ledger.held));
            ledger.strandCaps.forEach((strand, cap) ->
                    left.put(strand, Math.max(0, cap - ledger.strandHeld.getOrDefault(strand, 0))));
        }
        return left;
    }

    /** Every registration id holding a seat, for reconciliation. */
    public List<String> holders(String symposiumId) {
        SeatLedger ledger = ledger(symposiumId);
        return ledger == null ? List.of() : new ArrayList<>(ledger.holders);
    }

    /** Symposium ids that have a ledger. */
    public List<String> symposiumIds() {
        return mongo.findDistinct(new Query(), "_id", SeatLedger.class, String.class);
    }

    private SeatLedger ledger(String symposiumId) {
        return mongo.findById(symposiumId, SeatLedger.class);
    }
}
