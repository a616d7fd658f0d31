package org.lfpl.notification.audience;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lfpl.dialogue.events.DialogueFacts;
import org.lfpl.dialogue.events.SessionFacts;
import org.lfpl.registration.events.MemberUpdated;
import org.lfpl.registration.events.RegistrationFacts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Who to tell, kept from the other services' events (never by calling them): members' contact
 * facts, each symposium's confirmed participants and title, and each dialogue's hosts and joiners.
 * Every update is idempotent: the latest event wins, set additions and removals are repeatable.
 */
@Service
public class Audiences {

    /** A member's registration state for a symposium. */
    @Document("symposiumParticipants")
    record SymposiumParticipant(@Id String id, String symposiumId, String memberId, String state, Instant asOf) {}

    /** A symposium's title as last announced. */
    @Document("symposiumTitles")
    record SymposiumTitle(@Id String symposiumId, String title, Instant asOf) {}

    private final MongoTemplate mongo;

    Audiences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void memberUpdated(MemberUpdated member, Instant at) {
        keepNewest(member.memberId(), new Update().set("displayName", member.displayName()).set("email", member.email())
                .set("language", member.preferredLanguage()).set("timeZone", member.timeZone()), at, Recipient.class);
    }

    /**
     * The latest event wins, in one round trip: the facts are written where none are kept yet or the
     * kept ones are no newer; an older event arriving late matches nothing, and its insert is refused
     * as a second document with the same id, so the newer facts stay.
     */
    private void keepNewest(String id, Update facts, Instant at, Class<?> kept) {
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(id).and("asOf").lte(at)), facts.set("asOf", at), kept);
        } catch (DuplicateKeyException newerKept) {
            // an older event, late: nothing to change
        }
    }

    public Optional<Recipient> recipient(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, Recipient.class));
    }

    /** Where the member's clock is: their time zone, UTC if unknown. */
    public java.time.ZoneId zoneOf(String memberId) {
        return recipient(memberId).map(Recipient::zone).orElse(java.time.ZoneId.of("UTC"));
    }

    public void registration(RegistrationFacts facts, Instant at) {
        keepNewest(facts.symposiumId() + "|" + facts.memberId(), new Update().set("symposiumId", facts.symposiumId())
                .set("memberId", facts.memberId()).set("state", facts.state()), at, SymposiumParticipant.class);
    }

    public List<String> confirmedIn(String symposiumId) {
        return mongo.find(Query.query(Criteria.where("symposiumId").is(symposiumId).and("state").is("CONFIRMED")),
                SymposiumParticipant.class).stream().map(SymposiumParticipant::memberId).toList();
    }

    public void symposiumTitled(String symposiumId, String title, Instant at) {
        keepNewest(symposiumId, new Update().set("title", title), at, SymposiumTitle.class);
    }

    public String symposiumTitle(String symposiumId) {
        SymposiumTitle known = mongo.findById(symposiumId, SymposiumTitle.class);
        return known == null ? "the symposium" : known.title();
    }

    /** Title and hosts from a dialogue event; an older event arriving late changes nothing. */
    public DialogueAudience dialogue(DialogueFacts facts, Instant at) {
        List<String> hosts = new java.util.ArrayList<>(List.of(facts.hostId()));
        hosts.addAll(facts.coHostIds() == null ? List.of() : facts.coHostIds());
        Query newer = Query.query(Criteria.where("_id").is(facts.dialogueId()).orOperator(
                Criteria.where("asOf").exists(false), Criteria.where("asOf").is(null), Criteria.where("asOf").lte(at)));
        mongo.upsert(Query.query(Criteria.where("_id").is(facts.dialogueId())),
                new Update().setOnInsert("members", List.of()).setOnInsert("symposiumId", facts.symposiumId()),
                DialogueAudience.class);
        mongo.updateFirst(newer, new Update().set("title", facts.title()).set("hostIds", hosts)
                .set("symposiumId", facts.symposiumId()).set("asOf", at), DialogueAudience.class);
        return mongo.findById(facts.dialogueId(), DialogueAudience.class);
    }

    /** Where and when, from a scheduling event. */
    public DialogueAudience session(SessionFacts session) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(session.dialogueId())),
                new Update().set("title", session.title()).set("hostIds", session.hostIds())
                        .set("symposiumId", session.symposiumId()).set("startsAt", session.startsAt())
                        .set("endsAt", session.endsAt()).set("roomName", session.roomName())
                        .setOnInsert("members", List.of()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), DialogueAudience.class);
    }

    /** A declined or cancelled dialogue has no time any more: nothing reminds of it. */
    public void unscheduled(String dialogueId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(dialogueId)), new Update().unset("startsAt").unset("endsAt"),
                DialogueAudience.class);
    }

    public void joined(String dialogueId, String memberId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(dialogueId)), new Update().addToSet("members", memberId),
                DialogueAudience.class);
    }

    public void left(String dialogueId, String memberId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(dialogueId)), new Update().pull("members", memberId),
                DialogueAudience.class);
    }

    public Optional<DialogueAudience> audienceOf(String dialogueId) {
        return Optional.ofNullable(mongo.findById(dialogueId, DialogueAudience.class)).filter(a -> a.title() != null);
    }

    /** Erasure: nothing about the member is kept. */
    public void forget(String memberId) {
        mongo.remove(Query.query(Criteria.where("_id").is(memberId)), Recipient.class);
        mongo.remove(Query.query(Criteria.where("memberId").is(memberId)), SymposiumParticipant.class);
        mongo.updateMulti(Query.query(Criteria.where("members").is(memberId)), new Update().pull("members", memberId),
                DialogueAudience.class);
    }
}
