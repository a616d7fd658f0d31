package org.lfpl.dialogue.participation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.lfpl.registration.events.RegistrationFacts;
import org.lfpl.registration.events.SymposiumFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The local read model of who takes part in which symposium, in which strands. */
@Service
public class Participants {

    private final ParticipantRepository participants;
    private final ApplicationEventPublisher changes;
    private final SymposiumInfoRepository symposia;

    Participants(ParticipantRepository participants, ApplicationEventPublisher changes, SymposiumInfoRepository symposia) {
        this.participants = participants;
        this.changes = changes;
        this.symposia = symposia;
    }

    /** Keeps the symposium's title and strand titles; an older event arriving late changes nothing. */
    void symposiumAnnounced(SymposiumFacts facts, Instant eventTime) {
        if (symposia.findById(facts.symposiumId()).filter(known -> eventTime.isBefore(known.asOf())).isPresent()) {
            return;
        }
        Map<String, String> strands = new LinkedHashMap<>();
        facts.strands().forEach(strand -> strands.put(strand.strandId(), strand.title()));
        symposia.save(new SymposiumInfo(facts.symposiumId(), facts.title(), strands, eventTime));
    }

    /** The symposium as last announced, or a stand-in naming it by id. */
    public SymposiumInfo symposium(String symposiumId) {
        return symposia.findById(symposiumId).orElse(new SymposiumInfo(symposiumId, "Symposium " + symposiumId, Map.of(), null));
    }

    /**
     * Applies what a registration event says. A copy of the last event, or an event older than
     * the one applied last (a re-sent one), changes nothing; returns whether it changed something.
     */
    boolean apply(RegistrationFacts facts, String eventId, Instant eventTime) {
        String id = Participant.idOf(facts.symposiumId(), facts.memberId());
        Optional<Participant> known = participants.findById(id);
        if (known.isPresent() && eventId.equals(known.get().lastEventId())) {
            // A redelivery: what followed the first delivery may have failed, so it runs again (it is idempotent).
            changes.publishEvent(new ParticipationChanged(known.get()));
            return false;
        }
        if (known.isPresent() && eventTime.isBefore(known.get().asOf())) {
            return false;
        }
        Participant updated = participants.save(new Participant(id, facts.symposiumId(), facts.memberId(),
                facts.registrationId(), List.copyOf(facts.strands()), facts.state(), eventTime, eventId));
        changes.publishEvent(new ParticipationChanged(updated));
        return true;
    }

    /** The member as a confirmed participant of the symposium, if they are one. */
    public Optional<Participant> confirmed(String symposiumId, String memberId) {
        return participants.findById(Participant.idOf(symposiumId, memberId)).filter(Participant::confirmed);
    }

    /** What is known of the member's registration for the symposium, whatever its state. */
    public Optional<Participant> of(String symposiumId, String memberId) {
        return participants.findById(Participant.idOf(symposiumId, memberId));
    }

    public List<Participant> confirmedIn(String symposiumId) {
        return participants.findBySymposiumIdAndState(symposiumId, "CONFIRMED");
    }

    /** Erasure: nothing about the member is kept. */
    /** The member's new name reaches their dialogues, posts and outputs (each listens for MemberRenamed). */
    void renamed(String memberId, String displayName) {
        if (displayName != null && !displayName.isBlank()) {
            changes.publishEvent(new MemberRenamed(memberId, displayName.strip()));
        }
    }

    void forget(String memberId) {
        changes.publishEvent(new MemberForgotten(memberId));
        participants.deleteAll(participants.findByMemberId(memberId));
    }
}
