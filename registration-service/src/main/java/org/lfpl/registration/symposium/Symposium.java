package org.lfpl.registration.symposium;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lfpl.events.backbone.outbox.AggregateRoot;
import org.lfpl.registration.events.SymposiumFacts;
import org.lfpl.registration.events.SymposiumPublished;
import org.lfpl.registration.events.SymposiumUpdated;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A symposium as organisers run it: its dates, venue, capacity, registration window, approval mode
 * and strands. Seats themselves are counted in its {@code SeatLedger}, so organisers' edits and
 * members' registrations never overwrite each other.
 */
@Document("symposia")
public class Symposium extends AggregateRoot {

    public static final int DEFAULT_MAX_STRANDS = 2;
    public static final int DEFAULT_OFFER_CLAIM_WINDOW_HOURS = 48;

    @Id
    private String id;
    private String title;
    private String description;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String timeZone;
    private Venue venue;
    private int capacity;
    private Instant registrationOpensAt;
    private Instant registrationClosesAt;
    private ApprovalMode approvalMode;
    private List<Strand> strands;
    private int maxStrandsPerParticipant;
    private int offerClaimWindowHours;
    private SymposiumStatus status;
    private Instant createdAt;
    private Instant updatedAt;

    protected Symposium() {}

    static Symposium draft(SymposiumDraft draft, Instant now) {
        Symposium symposium = new Symposium();
        symposium.id = UUID.randomUUID().toString();
        symposium.status = SymposiumStatus.DRAFT;
        symposium.createdAt = now;
        symposium.apply(draft, now);
        return symposium;
    }

    void edit(SymposiumDraft draft, Instant now) {
        if (status == SymposiumStatus.CLOSED) {
            throw Problems.conflict("symposium-closed", "A closed symposium can no longer be edited.");
        }
        apply(draft, now);
        if (status == SymposiumStatus.PUBLISHED) {
            record(new SymposiumUpdated(facts()));
        }
    }

    private void apply(SymposiumDraft draft, Instant now) {
        if (draft.endsOn().isBefore(draft.startsOn())) {
            throw Problems.invalid("endsOn", "is on or after startsOn");
        }
        if (!draft.registrationClosesAt().isAfter(draft.registrationOpensAt())) {
            throw Problems.invalid("registrationClosesAt", "is after registrationOpensAt");
        }
        List<Strand> newStrands = draft.strands() == null ? DefaultStrands.FIVE : strandsFrom(draft.strands());
        int maxStrands = draft.maxStrandsPerParticipant() == null ? DEFAULT_MAX_STRANDS : draft.maxStrandsPerParticipant();
        if (maxStrands > newStrands.size()) {
            throw Problems.invalid("maxStrandsPerParticipant", "is at most the number of strands (" + newStrands.size() + ")");
        }
        if (strands != null && status != SymposiumStatus.DRAFT) {
            Set<String> kept = new HashSet<>(newStrands.stream().map(Strand::id).toList());
            if (!kept.containsAll(strands.stream().map(Strand::id).toList())) {
                throw Problems.invalid("strands", "keeps every strand of a published symposium (members may have chosen it)");
            }
        }
        title = draft.title().strip();
        description = draft.description();
        startsOn = draft.startsOn();
        endsOn = draft.endsOn();
        timeZone = draft.timeZone();
        venue = draft.venue();
        capacity = draft.capacity();
        registrationOpensAt = draft.registrationOpensAt();
        registrationClosesAt = draft.registrationClosesAt();
        approvalMode = draft.approvalMode() == null ? ApprovalMode.AUTOMATIC : draft.approvalMode();
        strands = newStrands;
        maxStrandsPerParticipant = maxStrands;
        offerClaimWindowHours = draft.offerClaimWindowHours() == null ? DEFAULT_OFFER_CLAIM_WINDOW_HOURS
                : draft.offerClaimWindowHours();
        updatedAt = now;
    }

    private static List<Strand> strandsFrom(List<SymposiumDraft.StrandDraft> drafts) {
        List<Strand> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            SymposiumDraft.StrandDraft d = drafts.get(i);
            String strandId = d.id() == null ? "strand-" + (i + 1) : d.id();
            if (!ids.add(strandId)) {
                throw Problems.invalid("strands[" + i + "].id", "is unique within the symposium");
            }
            result.add(new Strand(strandId, d.title().strip(), d.description(), d.cap()));
        }
        return result;
    }

    void changeCapacity(int newCapacity, Instant now) {
        if (status == SymposiumStatus.CLOSED) {
            throw Problems.conflict("symposium-closed", "A closed symposium can no longer be changed.");
        }
        capacity = newCapacity;
        updatedAt = now;
        if (status == SymposiumStatus.PUBLISHED) {
            record(new SymposiumUpdated(facts()));
        }
    }

    void publish(Instant now) {
        if (status != SymposiumStatus.DRAFT) {
            throw Problems.conflict("not-a-draft", "Only a draft can be published; this symposium is " + status + ".");
        }
        status = SymposiumStatus.PUBLISHED;
        updatedAt = now;
        record(new SymposiumPublished(facts()));
    }

    void close(Instant now) {
        if (status != SymposiumStatus.PUBLISHED) {
            throw Problems.conflict("not-published", "Only a published symposium can be closed.");
        }
        status = SymposiumStatus.CLOSED;
        updatedAt = now;
        record(new SymposiumUpdated(facts()));
    }

    /** A new draft with the same settings and strands, for next year's symposium. */
    Symposium copyAsDraft(Instant now) {
        Symposium copy = new Symposium();
        copy.id = UUID.randomUUID().toString();
        copy.title = title + " (copy)";
        copy.description = description;
        copy.startsOn = startsOn;
        copy.endsOn = endsOn;
        copy.timeZone = timeZone;
        copy.venue = venue;
        copy.capacity = capacity;
        copy.registrationOpensAt = registrationOpensAt;
        copy.registrationClosesAt = registrationClosesAt;
        copy.approvalMode = approvalMode;
        copy.strands = strands;
        copy.maxStrandsPerParticipant = maxStrandsPerParticipant;
        copy.offerClaimWindowHours = offerClaimWindowHours;
        copy.status = SymposiumStatus.DRAFT;
        copy.createdAt = now;
        copy.updatedAt = now;
        return copy;
    }

    SymposiumFacts facts() {
        return new SymposiumFacts(id, title, startsOn, endsOn, timeZone,
                strands.stream().map(s -> new SymposiumFacts.StrandFacts(s.id(), s.title())).toList(),
                maxStrandsPerParticipant, status.name());
    }

    public SymposiumView view() {
        return new SymposiumView(id, title, description, startsOn, endsOn, timeZone, venue, capacity,
                registrationOpensAt, registrationClosesAt, approvalMode, strands, maxStrandsPerParticipant,
                offerClaimWindowHours, status, version());
    }

    public boolean isVisibleTo(boolean organiser) {
        return organiser || status != SymposiumStatus.DRAFT;
    }

    public boolean acceptsRegistrationsAt(Instant now) {
        return status == SymposiumStatus.PUBLISHED && !now.isBefore(registrationOpensAt)
                && now.isBefore(registrationClosesAt);
    }

    public Optional<Strand> strand(String strandId) {
        return strands.stream().filter(s -> s.id().equals(strandId)).findFirst();
    }

    public String id() { return id; }
    public String title() { return title; }
    public int capacity() { return capacity; }
    public List<Strand> strands() { return strands; }
    public int maxStrandsPerParticipant() { return maxStrandsPerParticipant; }
    public int offerClaimWindowHours() { return offerClaimWindowHours; }
    public ApprovalMode approvalMode() { return approvalMode; }
    public SymposiumStatus status() { return status; }
    public Instant registrationOpensAt() { return registrationOpensAt; }
    public Instant registrationClosesAt() { return registrationClosesAt; }
}
