package org.lfpl.registration.registration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lfpl.events.backbone.outbox.AggregateRoot;
import org.lfpl.registration.events.RegistrationCancelled;
import org.lfpl.registration.events.RegistrationConfirmed;
import org.lfpl.registration.events.RegistrationExpired;
import org.lfpl.registration.events.RegistrationFacts;
import org.lfpl.registration.events.RegistrationOffered;
import org.lfpl.registration.events.RegistrationRejected;
import org.lfpl.registration.events.RegistrationStrandsChanged;
import org.lfpl.registration.events.RegistrationSubmitted;
import org.lfpl.registration.events.RegistrationWaitlisted;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member's registration for one symposium. There is one per (symposium, member), with an id
 * derived from both, so a member cannot hold two; after cancelling, registering again reuses it.
 * Each transition guards itself and records the event that announces it.
 */
@Document("registrations")
@CompoundIndex(name = "symposium_state_line", def = "{'symposiumId': 1, 'state': 1, 'waitlistNumber': 1}")
// The offers past their deadline, which housekeeping asks for across all symposia (every 30 s by default).
@CompoundIndex(name = "offers_due", def = "{'state': 1, 'offerExpiresAt': 1}")
public class Registration extends AggregateRoot {

    @Id
    private String id;
    private String symposiumId;
    private String memberId;
    private String memberName;
    private String memberEmail;
    private List<String> strands;
    private RegistrationRequest.Needs needs;
    private RegistrationState state;
    private Long waitlistNumber;
    private Instant offerExpiresAt;
    private Instant submittedAt;
    private Instant updatedAt;
    /** The position in line when this registration joined it; not stored (it changes as others leave). */
    @Transient
    private Integer positionOnJoining;

    protected Registration() {}

    public static String idFor(String symposiumId, String memberId) {
        return UUID.nameUUIDFromBytes((symposiumId + "|" + memberId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Registration start(String symposiumId, Caller member) {
        Registration registration = new Registration();
        registration.id = idFor(symposiumId, member.id());
        registration.symposiumId = symposiumId;
        registration.memberId = member.id();
        return registration;
    }

    /** A fresh submission; allowed for a new registration or after it ended. */
    void submit(Caller member, List<String> chosenStrands, RegistrationRequest.Needs privateNeeds, Instant now) {
        if (state != null && state.isActive()) {
            throw Problems.conflict("already-registered", "You are already registered for this symposium.");
        }
        memberName = member.displayName();
        memberEmail = member.email();
        strands = List.copyOf(chosenStrands);
        needs = privateNeeds;
        waitlistNumber = null;
        offerExpiresAt = null;
        submittedAt = now;
        updatedAt = now;
    }

    void awaitApproval() {
        state = RegistrationState.PENDING_APPROVAL;
        record(new RegistrationSubmitted(facts()));
    }

    void confirm(Instant now) {
        state = RegistrationState.CONFIRMED;
        offerExpiresAt = null;
        waitlistNumber = null;
        updatedAt = now;
        record(new RegistrationConfirmed(facts()));
    }

    void waitlist(long number, int position, Instant now) {
        state = RegistrationState.WAITLISTED;
        waitlistNumber = number;
        positionOnJoining = position;
        updatedAt = now;
        record(new RegistrationWaitlisted(facts()));
    }

    void offer(Instant acceptBy, Instant now) {
        require(RegistrationState.WAITLISTED, "Only a waitlisted registration can be offered a seat.");
        state = RegistrationState.OFFERED;
        offerExpiresAt = acceptBy;
        updatedAt = now;
        record(new RegistrationOffered(facts(), acceptBy));
    }

    void accept(Instant now) {
        require(RegistrationState.OFFERED, "There is no seat on offer to accept.");
        if (!now.isBefore(offerExpiresAt)) {
            throw Problems.conflict("offer-expired", "The offer expired at " + offerExpiresAt + ".");
        }
        confirm(now);
    }

    void expire(Instant now) {
        require(RegistrationState.OFFERED, "Only an offer can expire.");
        state = RegistrationState.EXPIRED;
        updatedAt = now;
        record(new RegistrationExpired(facts()));
    }

    void cancel(Instant now) {
        if (!state.isActive()) {
            throw Problems.conflict("not-active", "This registration is already " + state + ".");
        }
        state = RegistrationState.CANCELLED;
        offerExpiresAt = null;
        updatedAt = now;
        record(new RegistrationCancelled(facts()));
    }

    void reject(Instant now) {
        require(RegistrationState.PENDING_APPROVAL, "Only a pending registration can be rejected.");
        state = RegistrationState.REJECTED;
        updatedAt = now;
        record(new RegistrationRejected(facts()));
    }

    void changeStrands(List<String> newStrands, Instant now) {
        if (!state.isActive()) {
            throw Problems.conflict("not-active", "A " + state + " registration cannot change strands.");
        }
        strands = List.copyOf(newStrands);
        updatedAt = now;
        record(new RegistrationStrandsChanged(facts()));
    }

    /** After the member's erasure: nothing personal is kept on the registration. */
    void anonymise(Instant now) {
        memberName = "Former member";
        memberEmail = null;
        needs = null;
        updatedAt = now;
    }

    private void require(RegistrationState expected, String message) {
        if (state != expected) {
            throw Problems.conflict("wrong-state", message + " This registration is " + state + ".");
        }
    }

    RegistrationFacts facts() {
        return new RegistrationFacts(id, symposiumId, memberId, strands, state.name());
    }

    /** Organisers see everything; the member sees their own. */
    boolean isVisibleTo(Caller caller) {
        return caller.isOrganiser() || caller.id().equals(memberId);
    }

    RegistrationView view(Integer waitlistPosition) {
        return new RegistrationView(id, symposiumId, memberId, memberName, strands, state, waitlistPosition,
                offerExpiresAt, submittedAt, needs);
    }

    public String id() { return id; }
    public String symposiumId() { return symposiumId; }
    public String memberId() { return memberId; }
    public String memberName() { return memberName; }
    public String memberEmail() { return memberEmail; }
    public List<String> strands() { return strands; }
    public RegistrationState state() { return state; }
    public Long waitlistNumber() { return waitlistNumber; }

    /** Known only right after joining the waitlist, in this request. */
    Integer positionOnJoining() { return positionOnJoining; }
    public Instant offerExpiresAt() { return offerExpiresAt; }
    public Instant submittedAt() { return submittedAt; }
    public RegistrationRequest.Needs needs() { return needs; }
}
