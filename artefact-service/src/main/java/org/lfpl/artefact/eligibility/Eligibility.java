package org.lfpl.artefact.eligibility;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lfpl.registration.events.RegistrationFacts;
import org.lfpl.registration.events.SymposiumFacts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Who is a confirmed participant of which symposium, and which strands a symposium has: a local
 * read model of registration-service's events, so access checks never call another service.
 */
@Service
public class Eligibility {

    private final MongoTemplate mongo;

    Eligibility(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean isConfirmed(String symposiumId, String memberId) {
        Participation p = mongo.findById(Participation.idOf(symposiumId, memberId), Participation.class);
        return p != null && p.confirmed();
    }

    /** The symposia the member is a confirmed participant of. */
    public List<String> confirmedSymposia(String memberId) {
        return mongo.find(Query.query(Criteria.where("memberId").is(memberId).and("state").is("CONFIRMED")),
                Participation.class).stream().map(Participation::symposiumId).toList();
    }

    /** Confirmed participants of the symposium: member id to registration id. */
    public List<ConfirmedParticipant> confirmedIn(String symposiumId) {
        return mongo.find(Query.query(Criteria.where("symposiumId").is(symposiumId).and("state").is("CONFIRMED")),
                Participation.class).stream().map(p -> new ConfirmedParticipant(p.memberId(), p.registrationId(),
                p.strands())).toList();
    }

    public record ConfirmedParticipant(String memberId, String registrationId, List<String> strandIds) {}

    /** The strand ids of the symposium, once its publication has been seen. */
    public Optional<List<String>> strandsOf(String symposiumId) {
        return Optional.ofNullable(mongo.findById(symposiumId, SymposiumStrands.class)).map(SymposiumStrands::strandIds);
    }

    public Optional<String> titleOf(String symposiumId) {
        return Optional.ofNullable(mongo.findById(symposiumId, SymposiumStrands.class)).map(SymposiumStrands::title);
    }

    /** Applies a registration event; a copy or an older event changes nothing. */
    void apply(RegistrationFacts facts, String eventId, Instant eventTime) {
        String id = Participation.idOf(facts.symposiumId(), facts.memberId());
        Participation known = mongo.findById(id, Participation.class);
        if (known != null && (eventId.equals(known.lastEventId()) || eventTime.isBefore(known.asOf()))) {
            return;
        }
        mongo.save(new Participation(id, facts.symposiumId(), facts.memberId(), facts.registrationId(),
                List.copyOf(facts.strands()), facts.state(), eventTime, eventId));
    }

    void symposiumAnnounced(SymposiumFacts facts, Instant eventTime) {
        SymposiumStrands known = mongo.findById(facts.symposiumId(), SymposiumStrands.class);
        if (known != null && eventTime.isBefore(known.asOf())) {
            return;
        }
        mongo.save(new SymposiumStrands(facts.symposiumId(), facts.title(),
                facts.strands().stream().map(s -> s.strandId()).toList(), eventTime));
    }

    /** Erasure: nothing about the member's registrations is kept. */
    void forget(String memberId) {
        mongo.remove(Query.query(Criteria.where("memberId").is(memberId)), Participation.class);
    }
}
