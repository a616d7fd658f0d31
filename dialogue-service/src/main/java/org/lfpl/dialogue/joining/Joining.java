package org.lfpl.dialogue.joining;

import java.util.List;
import java.util.Optional;
import org.lfpl.dialogue.participation.Participant;
import org.lfpl.dialogue.participation.ParticipationChanged;
import org.lfpl.dialogue.participation.Participants;
import org.lfpl.dialogue.programme.Schedule;
import org.lfpl.dialogue.programme.ScheduledSession;
import org.lfpl.dialogue.proposal.DialogueSummary;
import org.lfpl.dialogue.proposal.DialogueWithdrawn;
import org.lfpl.dialogue.proposal.Dialogues;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Joining and leaving scheduled dialogues: confirmed participants, in their own strands, within
 * capacity, never in two places at once (their own hosted dialogues included).
 */
@Service
public class Joining {

    private static final Logger log = LoggerFactory.getLogger(Joining.class);

    private final AgendaRepository agendas;
    private final MongoTemplate mongo;
    private final Participants participants;
    private final Dialogues dialogues;
    private final Schedule schedule;

    Joining(AgendaRepository agendas, MongoTemplate mongo, Participants participants, Dialogues dialogues,
            Schedule schedule) {
        this.agendas = agendas;
        this.mongo = mongo;
        this.participants = participants;
        this.dialogues = dialogues;
        this.schedule = schedule;
    }

    Agenda join(String dialogueId, Caller member) {
        DialogueSummary dialogue = dialogues.summary(dialogueId).orElseThrow(() -> Problems.notFound("The dialogue"));
        ScheduledSession session = schedule.session(dialogue.symposiumId(), dialogueId)
                .orElseThrow(() -> Problems.conflict("not-scheduled", "This dialogue has no place in the programme yet."));
        Participant participant = participants.confirmed(dialogue.symposiumId(), member.id())
                .orElseThrow(() -> Problems.of(HttpStatus.FORBIDDEN, "not-a-participant",
                        "Only confirmed participants of this symposium join its dialogues."));
        if (!participant.strands().contains(dialogue.strandId())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "outside-your-strands", "This dialogue is in "
                    + dialogue.strandId() + "; you take part in " + String.join(", ", participant.strands()) + ".");
        }
        if (dialogue.hostIds().contains(member.id())) {
            throw Problems.conflict("own-dialogue", "You host this dialogue.");
        }
        Agenda agenda = agendas.findById(Agenda.idOf(dialogue.symposiumId(), member.id()))
                .orElseGet(() -> new Agenda(dialogue.symposiumId(), member.id()));
        if (agenda.contains(dialogueId)) {
            return agenda; // joining twice is joining once
        }
        for (ScheduledSession busy : busy(agenda)) {
            if (busy.overlaps(session)) {
                throw Problems.conflict("time-clash", "At that time you are in \"" + busy.title() + "\".");
            }
        }
        if (!takeSeat(dialogueId, member.id(), session.capacity())) {
            throw Problems.conflict("dialogue-full", "All " + session.capacity() + " places are taken.");
        }
        agenda.join(dialogueId, dialogue.strandId());
        try {
            return agendas.save(agenda);
        } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
            freeSeat(dialogueId, member.id());
            throw Problems.conflict("agenda-changed", "Your agenda changed at the same moment; try again.");
        }
    }

    Agenda leave(String dialogueId, Caller member) {
        DialogueSummary dialogue = dialogues.summary(dialogueId).orElseThrow(() -> Problems.notFound("The dialogue"));
        Agenda agenda = agendas.findById(Agenda.idOf(dialogue.symposiumId(), member.id()))
                .filter(a -> a.contains(dialogueId))
                .orElseThrow(() -> Problems.conflict("not-joined", "You have not joined this dialogue."));
        return leave(agenda, dialogueId, "LEFT");
    }

    private Agenda leave(Agenda agenda, String dialogueId, String reason) {
        agenda.leave(dialogueId, reason);
        Agenda saved = agendas.save(agenda);
        freeSeat(dialogueId, agenda.memberId());
        return saved;
    }

    /** My day: what I joined and what I host, in time order. */
    public List<ScheduledSession> agendaOf(String symposiumId, String memberId) {
        return busy(agendas.findById(Agenda.idOf(symposiumId, memberId)).orElseGet(() -> new Agenda(symposiumId, memberId)));
    }

    /** Hosts, co-hosts and organisers see who joined. */
    List<String> participantsOf(String dialogueId, Caller caller) {
        DialogueSummary dialogue = dialogues.summary(dialogueId).orElseThrow(() -> Problems.notFound("The dialogue"));
        if (!caller.isOrganiser() && !dialogue.hostIds().contains(caller.id())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-a-host", "Only hosts and organisers see who joined.");
        }
        Roster roster = mongo.findById(dialogueId, Roster.class);
        return roster == null ? List.of() : roster.members;
    }

    /**
     * A registration that ended, or strands that changed, take the member out of the dialogues they
     * may no longer be in; the event tells the hosts why.
     */
    @EventListener
    void participationChanged(ParticipationChanged change) {
        Participant participant = change.participant();
        Optional<Agenda> agenda = agendas.findById(Agenda.idOf(participant.symposiumId(), participant.memberId()));
        if (agenda.isEmpty()) {
            return;
        }
        Agenda current = agenda.get();
        for (Agenda.Entry entry : current.joined()) {
            String reason = !participant.confirmed() ? "REGISTRATION_ENDED"
                    : participant.strands().contains(entry.strandId()) ? null : "STRAND_DROPPED";
            if (reason != null) {
                current = leave(current, entry.dialogueId(), reason);
                log.info("Member {} left dialogue {}: {}", participant.memberId(), entry.dialogueId(), reason);
            }
        }
    }

    /** A cancelled dialogue: everyone who joined it is taken out, and told why. */
    @EventListener
    void withdrawn(DialogueWithdrawn withdrawn) {
        Roster roster = mongo.findById(withdrawn.dialogueId(), Roster.class);
        for (String memberId : roster == null ? List.<String>of() : roster.members) {
            agendas.findById(Agenda.idOf(withdrawn.symposiumId(), memberId)).filter(a -> a.contains(withdrawn.dialogueId()))
                    .ifPresentOrElse(agenda -> leave(agenda, withdrawn.dialogueId(), "DIALOGUE_CANCELLED"),
                            () -> freeSeat(withdrawn.dialogueId(), memberId));
        }
    }

    /** Where the member already is: sessions they host and sessions they joined. */
    private List<ScheduledSession> busy(Agenda agenda) {
        return schedule.agenda(agenda.symposiumId(), agenda.memberId(),
                agenda.joined().stream().map(Agenda.Entry::dialogueId).toList());
    }

    private boolean takeSeat(String dialogueId, String memberId, int capacity) {
        mongo.upsert(Query.query(Criteria.where("_id").is(dialogueId)),
                new Update().set("capacity", capacity).setOnInsert("joined", 0).setOnInsert("members", List.of()),
                Roster.class);
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(dialogueId).and("joined").lt(capacity)
                        .and("members").ne(memberId)),
                new Update().inc("joined", 1).push("members", memberId), Roster.class).getModifiedCount() == 1
                || mongo.exists(Query.query(Criteria.where("_id").is(dialogueId).and("members").is(memberId)), Roster.class);
    }

    private void freeSeat(String dialogueId, String memberId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(dialogueId).and("members").is(memberId)),
                new Update().inc("joined", -1).pull("members", memberId), Roster.class);
    }
}
