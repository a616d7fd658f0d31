package org.lfpl.dialogue.joining;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lfpl.dialogue.participation.Participant;
import org.lfpl.dialogue.participation.Participants;
import org.lfpl.dialogue.programme.Schedule;
import org.lfpl.dialogue.programme.ScheduledSession;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Ranked preferences and the organisers' automatic allocation: a preview anyone can check, then
 * applying exactly that preview (its fingerprint), each place taken by the ordinary join with all
 * its rules, so a place that became impossible meanwhile is skipped, never forced.
 */
@Service
class Allocations {

    static final int MAX_RANKED = 10;

    private final MongoTemplate mongo;
    private final Participants participants;
    private final Schedule schedule;
    private final Joining joining;
    private final Clock clock;

    Allocations(MongoTemplate mongo, Participants participants, Schedule schedule,
            Joining joining, Clock clock) {
        this.mongo = mongo;
        this.participants = participants;
        this.schedule = schedule;
        this.joining = joining;
        this.clock = clock;
    }

    /** A confirmed participant ranks scheduled dialogues of their strands that they do not host. */
    Preferences rank(String symposiumId, Caller member, List<String> ranked) {
        Participant participant = participants.confirmed(symposiumId, member.id()).orElseThrow(() -> Problems.of(
                HttpStatus.FORBIDDEN, "not-a-participant", "Only confirmed participants of this symposium rank dialogues."));
        if (ranked.size() > MAX_RANKED || ranked.stream().distinct().count() != ranked.size()) {
            throw Problems.invalid("ranked", "must list at most " + MAX_RANKED + " different dialogues");
        }
        Map<String, ScheduledSession> sessions = sessionsOf(symposiumId);
        for (int i = 0; i < ranked.size(); i++) {
            ScheduledSession session = sessions.get(ranked.get(i));
            String field = "ranked[" + i + "]";
            if (session == null) {
                throw Problems.invalid(field, "is not a scheduled dialogue of this symposium");
            }
            if (!participant.strands().contains(session.strandId())) {
                throw Problems.invalid(field, "is in " + session.strandId() + ", not one of your strands");
            }
            if (session.hostIds().contains(member.id())) {
                throw Problems.invalid(field, "is your own dialogue");
            }
        }
        return mongo.save(new Preferences(Preferences.idOf(symposiumId, member.id()), symposiumId, member.id(),
                List.copyOf(ranked), clock.instant()));
    }

    Optional<Preferences> preferencesOf(String symposiumId, String memberId) {
        return Optional.ofNullable(mongo.findById(Preferences.idOf(symposiumId, memberId), Preferences.class));
    }

    /** What the allocation would do now; nothing changes. */
    Allocation.Result preview(String symposiumId) {
        Map<String, ScheduledSession> sessions = sessionsOf(symposiumId);
        Map<String, Integer> taken = new HashMap<>();
        Map<String, List<String>> joinedBy = new HashMap<>();
        for (Roster roster : mongo.find(Query.query(Criteria.where("_id").in(sessions.keySet())), Roster.class)) {
            taken.put(roster.dialogueId, roster.joined);
        }
        for (Agenda agenda : mongo.find(Query.query(Criteria.where("symposiumId").is(symposiumId)), Agenda.class)) {
            joinedBy.put(agenda.memberId(), agenda.joined().stream().map(Agenda.Entry::dialogueId).toList());
        }
        List<Allocation.Candidate> candidates = new ArrayList<>();
        for (Preferences preferences : mongo.find(Query.query(Criteria.where("symposiumId").is(symposiumId)),
                Preferences.class)) {
            Optional<Participant> participant = participants.confirmed(symposiumId, preferences.memberId());
            if (participant.isEmpty()) {
                continue; // a registration that ended since: no place for them
            }
            List<String> joined = joinedBy.getOrDefault(preferences.memberId(), List.of());
            List<ScheduledSession> busy = sessions.values().stream()
                    .filter(s -> s.hostIds().contains(preferences.memberId()) || joined.contains(s.dialogueId())).toList();
            candidates.add(new Allocation.Candidate(preferences.memberId(), participant.get().strands(), busy,
                    preferences.ranked()));
        }
        return Allocation.allocate(symposiumId, List.copyOf(sessions.values()), taken, candidates);
    }

    /** The outcome of applying an allocation: places taken, and those skipped with the reason. */
    record Applied(int joined, List<Skipped> skipped) {}

    record Skipped(String memberId, String dialogueId, String reason) {}

    /** Applies the allocation the organiser saw; if anything changed since, they must look again. */
    Applied apply(String symposiumId, String fingerprint) {
        Allocation.Result result = preview(symposiumId);
        if (!result.fingerprint().equals(fingerprint)) {
            throw Problems.conflict("allocation-changed",
                    "Joins, preferences or the programme changed since that preview; preview the allocation again.");
        }
        int joined = 0;
        List<Skipped> skipped = new ArrayList<>();
        for (Allocation.Assignment assignment : result.assignments()) {
            Caller member = new Caller(assignment.memberId(), assignment.memberId(), assignment.memberId(), null,
                    Set.of(Caller.MEMBER));
            try {
                joining.join(assignment.dialogueId(), member);
                joined++;
            } catch (ErrorResponseException refused) {
                skipped.add(new Skipped(assignment.memberId(), assignment.dialogueId(),
                        String.valueOf(refused.getBody().getDetail())));
            }
        }
        return new Applied(joined, skipped);
    }

    private Map<String, ScheduledSession> sessionsOf(String symposiumId) {
        Map<String, ScheduledSession> sessions = new HashMap<>();
        schedule.visibleProgramme(symposiumId, Caller.system()).orElse(List.of())
                .forEach(s -> sessions.put(s.dialogueId(), s));
        return sessions;
    }
}
