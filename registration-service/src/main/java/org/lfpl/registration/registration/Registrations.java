package org.lfpl.registration.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.lfpl.registration.seats.Seats;
import org.lfpl.registration.seats.SeatsChanged;
import org.lfpl.registration.symposium.ApprovalMode;
import org.lfpl.registration.symposium.Symposia;
import org.lfpl.registration.symposium.Symposium;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Registering, the waitlist and offers. Seats are claimed in the {@link Seats} ledger before a
 * registration is confirmed or offered; the registration document (with its event) is written
 * after. If the process dies between the two writes, the member's retry finds the seat already
 * theirs, and {@link #reconcile} frees seats that no registration holds.
 */
@Service
public class Registrations {

    private static final Logger log = LoggerFactory.getLogger(Registrations.class);

    private final RegistrationRepository registrations;
    private final Symposia symposia;
    private final Seats seats;
    private final Clock clock;
    /** One promotion at a time per symposium in this process; the ledger keeps it correct across processes. */
    private final Map<String, Object> promotionLocks = new ConcurrentHashMap<>();
    /** Per symposium, seat holders found without a holding registration on the last pass: freed if still so on the next. */
    private final Map<String, Set<String>> suspectedOrphans = new ConcurrentHashMap<>();
    /** Waitlist counts found different from the registrations on the last pass. */
    private final Map<String, String> suspectedWaitlistDrift = new ConcurrentHashMap<>();

    Registrations(RegistrationRepository registrations, Symposia symposia, Seats seats, Clock clock) {
        this.registrations = registrations;
        this.symposia = symposia;
        this.seats = seats;
        this.clock = clock;
    }

    Registration register(Caller member, String symposiumId, RegistrationRequest request) {
        Instant now = clock.instant();
        Symposium symposium = symposia.visible(symposiumId, member);
        if (!symposium.acceptsRegistrationsAt(now)) {
            throw Problems.conflict("registration-closed", symposium.status() + " symposium; registration is open from "
                    + symposium.registrationOpensAt() + " until " + symposium.registrationClosesAt() + " for published symposia.");
        }
        List<String> strands = checkedStrands(symposium, request.strands());
        Registration registration = registrations.findById(Registration.idFor(symposiumId, member.id()))
                .orElseGet(() -> Registration.start(symposiumId, member));
        registration.submit(member, strands, request.needs(), now);
        if (symposium.approvalMode() == ApprovalMode.MODERATED) {
            registration.awaitApproval();
        } else {
            allocate(registration, now);
        }
        try {
            return saveOnce(registration);
        } catch (RuntimeException notStored) {
            if (registration.state() == RegistrationState.WAITLISTED) {
                seats.leaveWaitlist(symposiumId); // the place taken in line is given back
            }
            throw notStored;
        }
    }

    /** Confirms when a seat can be claimed, otherwise puts the registration at the end of the line. */
    private void allocate(Registration registration, Instant now) {
        if (seats.claim(registration.symposiumId(), registration.id(), registration.strands())) {
            registration.confirm(now);
        } else {
            Seats.WaitlistPlace place = seats.joinWaitlist(registration.symposiumId());
            registration.waitlist(place.number(), place.position(), now);
        }
    }

    private Registration saveOnce(Registration registration) {
        try {
            return registrations.save(registration);
        } catch (DuplicateKeyException | OptimisticLockingFailureException concurrentTwin) {
            throw Problems.conflict("already-registered", "You are already registered for this symposium.");
        }
    }

    private static List<String> checkedStrands(Symposium symposium, List<String> chosen) {
        if (new HashSet<>(chosen).size() != chosen.size()) {
            throw Problems.invalid("strands", "names each strand once");
        }
        if (chosen.size() > symposium.maxStrandsPerParticipant()) {
            throw Problems.invalid("strands", "has at most " + symposium.maxStrandsPerParticipant() + " strands");
        }
        for (String strand : chosen) {
            if (symposium.strand(strand).isEmpty()) {
                throw Problems.invalid("strands", "names strands of this symposium; '" + strand + "' is not one");
            }
        }
        return chosen;
    }

    Registration visible(String registrationId, Caller caller) {
        return registrations.findById(registrationId).filter(r -> r.isVisibleTo(caller))
                .orElseThrow(() -> Problems.notFound("The registration"));
    }

    Optional<Registration> mine(String symposiumId, Caller member) {
        return registrations.findById(Registration.idFor(symposiumId, member.id()));
    }

    /** 1 for the next in line; null when not waitlisted. */
    Integer waitlistPosition(Registration registration) {
        if (registration.state() != RegistrationState.WAITLISTED) {
            return null;
        }
        if (registration.positionOnJoining() != null) {
            return registration.positionOnJoining(); // just joined: last in line, no count needed
        }
        return (int) registrations.countBySymposiumIdAndStateAndWaitlistNumberLessThan(registration.symposiumId(),
                RegistrationState.WAITLISTED, registration.waitlistNumber()) + 1;
    }

    /** Positions in line (1 = next) of the waitlisted among a symposium's registrations, from the registrations alone. */
    static Map<String, Integer> waitlistPositions(List<Registration> registrationsOfSymposium) {
        List<Registration> waiting = registrationsOfSymposium.stream()
                .filter(r -> r.state() == RegistrationState.WAITLISTED)
                .sorted(Comparator.comparing(Registration::waitlistNumber)).toList();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < waiting.size(); i++) {
            positions.put(waiting.get(i).id(), i + 1);
        }
        return positions;
    }

    Registration cancel(String registrationId, Caller caller) {
        Registration registration = visible(registrationId, caller);
        RegistrationState before = registration.state();
        registration.cancel(clock.instant());
        return savedAfterLeaving(registration, before);
    }

    /** Saves a registration that stopped waiting or holding a seat; gives the place in line or the seat back. */
    private Registration savedAfterLeaving(Registration registration, RegistrationState before) {
        Registration saved = registrations.save(registration);
        if (before == RegistrationState.WAITLISTED) {
            seats.leaveWaitlist(saved.symposiumId());
        }
        if (before.holdsASeat()) {
            seats.release(saved.symposiumId(), saved.id(), saved.strands());
            offerFreedSeats(saved.symposiumId());
        }
        return saved;
    }

    Registration accept(String registrationId, Caller member) {
        Registration registration = visible(registrationId, member);
        if (!registration.memberId().equals(member.id())) {
            throw Problems.notFound("The registration"); // organisers cannot accept on someone's behalf
        }
        registration.accept(clock.instant());
        return registrations.save(registration);
    }

    Registration changeStrands(String registrationId, Caller member, List<String> newStrands) {
        Registration registration = visible(registrationId, member);
        Symposium symposium = symposia.visible(registration.symposiumId(), member);
        List<String> strands = checkedStrands(symposium, newStrands);
        if (registration.state().holdsASeat()
                && !seats.changeStrands(symposium.id(), registration.id(), registration.strands(), strands)) {
            throw Problems.conflict("strand-full", "A strand you chose has no places left; your strands are unchanged.");
        }
        registration.changeStrands(strands, clock.instant());
        return registrations.save(registration);
    }

    Registration approve(String registrationId, Caller organiser) {
        Registration registration = visible(registrationId, organiser);
        if (registration.state() != RegistrationState.PENDING_APPROVAL) {
            throw Problems.conflict("wrong-state", "Only a pending registration can be approved; this one is "
                    + registration.state() + ".");
        }
        allocate(registration, clock.instant());
        return registrations.save(registration);
    }

    Registration reject(String registrationId, Caller organiser) {
        Registration registration = visible(registrationId, organiser);
        registration.reject(clock.instant());
        return registrations.save(registration);
    }

    /**
     * Offers free seats to the waitlist in line order. A waitlisted member whose capped strand is
     * full is passed over for now and keeps their place.
     */
    public int offerFreedSeats(String symposiumId) {
        synchronized (promotionLocks.computeIfAbsent(symposiumId, id -> new Object())) {
            Symposium symposium = symposia.visible(symposiumId, Caller.system());
            Duration window = Duration.ofHours(symposium.offerClaimWindowHours());
            int offered = 0;
            long after = 0; // keyset paging: offered members leave the line while we read it
            while (seats.free(symposiumId) > 0) {
                List<Registration> line = registrations
                        .findBySymposiumIdAndStateAndWaitlistNumberGreaterThanOrderByWaitlistNumberAsc(
                                symposiumId, RegistrationState.WAITLISTED, after, PageRequest.of(0, 100));
                if (line.isEmpty()) {
                    break;
                }
                for (Registration next : line) {
                    after = next.waitlistNumber();
                    if (seats.free(symposiumId) == 0) {
                        break;
                    }
                    if (!seats.claim(symposiumId, next.id(), next.strands())) {
                        continue; // a capped strand of theirs is full: they keep their place
                    }
                    Instant now = clock.instant();
                    next.offer(now.plus(window), now);
                    try {
                        registrations.save(next);
                        seats.leaveWaitlist(symposiumId);
                        offered++;
                    } catch (OptimisticLockingFailureException changedMeanwhile) {
                        seats.release(symposiumId, next.id(), next.strands()); // e.g. cancelled at this moment
                    }
                }
            }
            return offered;
        }
    }

    @EventListener
    void seatsChanged(SeatsChanged change) {
        offerFreedSeats(change.symposiumId());
    }

    /** Offers whose deadline passed expire, and their seats go to the next in line. */
    public int expireOffers() {
        Instant now = clock.instant();
        int expired = 0;
        for (Registration offer : registrations.findByStateAndOfferExpiresAtLessThanEqual(RegistrationState.OFFERED, now)) {
            try {
                offer.expire(now);
                registrations.save(offer);
                seats.release(offer.symposiumId(), offer.id(), offer.strands());
                expired++;
                offerFreedSeats(offer.symposiumId());
            } catch (OptimisticLockingFailureException acceptedMeanwhile) {
                log.debug("Offer {} changed while expiring; left as it is", offer.id());
            }
        }
        return expired;
    }

    /**
     * Frees seats that no confirmed or offered registration holds, and corrects the ledger's count
     * of waiting members (a crash between the two writes). A difference is acted on only when the
     * next pass finds it unchanged: it could be a registration being written right now.
     *
     * <p>Seats are claimed before a registration holds one and given back after it stops holding,
     * so every holding registration is among the ledger's holders; when as many registrations hold
     * a seat as the ledger counts held, none is orphaned. Those counts come from the
     * (symposium, state) index; only a symposium where they differ has its holders read one by one
     * (reading every holder of every symposium on each pass stalled the database for about a second
     * every 30 s once a hundred symposia had their seats taken).
     */
    public int reconcile() {
        int freed = 0;
        for (String symposiumId : seats.symposiumIds()) {
            Seats.Tally believed = seats.tally(symposiumId);
            int waiting = (int) registrations.countBySymposiumIdAndState(symposiumId, RegistrationState.WAITLISTED);
            correctWaitlistIfStillDrifted(symposiumId, believed.waitlist(), waiting);
            long holding = 0;
            for (RegistrationState state : RegistrationState.HOLDING_A_SEAT) {
                holding += registrations.countBySymposiumIdAndState(symposiumId, state);
            }
            if (holding == believed.held()) {
                suspectedOrphans.remove(symposiumId); // whoever was suspected last pass was being written
            } else {
                freed += freeOrphanedSeats(symposiumId);
            }
        }
        return freed;
    }

    private void correctWaitlistIfStillDrifted(String symposiumId, Seats.WaitlistLength believed, int actual) {
        String key = symposiumId + "|" + believed + "|" + actual;
        if (believed.waiting() == actual) {
            suspectedWaitlistDrift.remove(symposiumId);
        } else if (key.equals(suspectedWaitlistDrift.put(symposiumId, key))
                && seats.correctWaitlistLength(symposiumId, believed, actual)) {
            log.warn("Corrected the waitlist length of symposium {} from {} to {}", symposiumId, believed.waiting(), actual);
            suspectedWaitlistDrift.remove(symposiumId);
        }
    }

    /** Frees the seats of holders found without a holding registration on this pass and the last. */
    private int freeOrphanedSeats(String symposiumId) {
        int freed = 0;
        List<String> holders = seats.holders(symposiumId);
        // One read for all of a symposium's holders (a read each cost 100 round trips per symposium every pass).
        Map<String, Registration> holding = new HashMap<>();
        registrations.findAllById(holders).forEach(r -> holding.put(r.id(), r));
        Set<String> suspectedBefore = suspectedOrphans.getOrDefault(symposiumId, Set.of());
        Set<String> suspectedNow = new HashSet<>();
        for (String holder : holders) {
            Optional<Registration> registration = Optional.ofNullable(holding.get(holder));
            if (registration.map(r -> r.state().holdsASeat()).orElse(false)) {
                continue;
            }
            if (!suspectedBefore.contains(holder)) {
                suspectedNow.add(holder); // could be a registration being written right now
                continue;
            }
            List<String> strands = registration.map(Registration::strands).orElse(List.of());
            if (seats.release(symposiumId, holder, strands)) {
                log.warn("Freed seat held by {} in symposium {}: no registration holds it", holder, symposiumId);
                freed++;
                offerFreedSeats(symposiumId);
            }
        }
        if (suspectedNow.isEmpty()) {
            suspectedOrphans.remove(symposiumId);
        } else {
            suspectedOrphans.put(symposiumId, suspectedNow);
        }
        return freed;
    }

    /** Counts per state and, for seat holders, per strand. */
    Map<String, Object> counts(String symposiumId) {
        Map<RegistrationState, Long> byState = new EnumMap<>(RegistrationState.class);
        Map<String, Long> byStrand = new TreeMap<>();
        for (Registration r : registrations.findBySymposiumId(symposiumId)) {
            byState.merge(r.state(), 1L, Long::sum);
            if (r.state() == RegistrationState.CONFIRMED) {
                r.strands().forEach(s -> byStrand.merge(s, 1L, Long::sum));
            }
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        for (RegistrationState state : RegistrationState.values()) {
            counts.put(state.name(), byState.getOrDefault(state, 0L));
        }
        return Map.of("byState", counts, "confirmedByStrand", byStrand, "placesLeft", seats.placesLeft(symposiumId));
    }

    /** Everything held about a member's registrations, for their data export. */
    public List<RegistrationView> ofMember(String memberId) {
        return registrations.findByMemberId(memberId).stream().map(r -> r.view(waitlistPosition(r))).toList();
    }

    /** Confirmed participants of a symposium and their strands. */
    public Map<String, List<String>> confirmedParticipants(String symposiumId) {
        Map<String, List<String>> participants = new LinkedHashMap<>();
        registrations.findBySymposiumIdAndState(symposiumId, RegistrationState.CONFIRMED)
                .forEach(r -> participants.put(r.memberId(), r.strands()));
        return participants;
    }

    public boolean isConfirmedParticipant(String symposiumId, String memberId) {
        return registrations.findById(Registration.idFor(symposiumId, memberId))
                .map(r -> r.state() == RegistrationState.CONFIRMED).orElse(false);
    }

    /** Erasure: active registrations are cancelled (seats go to the waitlist) and all are anonymised. */
    public void eraseMember(String memberId) {
        Instant now = clock.instant();
        for (Registration registration : registrations.findByMemberId(memberId)) {
            RegistrationState before = registration.state();
            if (before.isActive()) {
                registration.cancel(now);
            }
            registration.anonymise(now);
            savedAfterLeaving(registration, before);
        }
    }

    /** Aggregate figures, safe for partners: no one is named. */
    Map<String, Object> figures(String symposiumId) {
        Map<String, Long> confirmedByStrand = new TreeMap<>();
        long confirmed = 0;
        long waitlisted = 0;
        for (Registration r : registrations.findBySymposiumId(symposiumId)) {
            if (r.state() == RegistrationState.CONFIRMED) {
                confirmed++;
                r.strands().forEach(s -> confirmedByStrand.merge(s, 1L, Long::sum));
            } else if (r.state() == RegistrationState.WAITLISTED) {
                waitlisted++;
            }
        }
        return Map.of("confirmed", confirmed, "waitlisted", waitlisted, "confirmedByStrand", confirmedByStrand,
                "placesLeft", seats.placesLeft(symposiumId));
    }

    List<Registration> all(String symposiumId) {
        return registrations.findBySymposiumId(symposiumId);
    }
}
