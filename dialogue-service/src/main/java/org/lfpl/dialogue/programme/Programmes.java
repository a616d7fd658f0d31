package org.lfpl.dialogue.programme;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.lfpl.dialogue.proposal.DialogueStatus;
import org.lfpl.dialogue.proposal.DialogueSummary;
import org.lfpl.dialogue.proposal.DialogueWithdrawn;
import org.lfpl.dialogue.proposal.Dialogues;
import org.lfpl.dialogue.proposal.ScheduledDialogues;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Building and publishing a symposium's programme. */
@Service
class Programmes {

    private final ProgrammeRepository programmes;
    private final Dialogues dialogues;
    private final Clock clock;

    Programmes(ProgrammeRepository programmes, @Lazy Dialogues dialogues, Clock clock) {
        this.programmes = programmes;
        this.dialogues = dialogues;
        this.clock = clock;
    }

    Programme slots(String symposiumId, List<Slot> slots) {
        Programme programme = orNew(symposiumId);
        programme.defineSlots(slots, clock.instant());
        return save(programme);
    }

    Programme rooms(String symposiumId, List<Room> rooms) {
        Programme programme = orNew(symposiumId);
        programme.defineRooms(rooms, clock.instant());
        return save(programme);
    }

    Programme schedule(String symposiumId, String dialogueId, Placement placement) {
        DialogueSummary dialogue = dialogues.summary(symposiumId, dialogueId)
                .orElseThrow(() -> Problems.notFound("The dialogue"));
        if (dialogue.status() != DialogueStatus.ACCEPTED) {
            throw Problems.conflict("not-accepted", "Only accepted dialogues are scheduled; this one is "
                    + dialogue.status() + ".");
        }
        Programme programme = orNew(symposiumId);
        programme.schedule(new Session(dialogueId, dialogue.strandId(), dialogue.title(), dialogue.hostIds(),
                dialogue.principles(), dialogue.capacity(), placement.slotId(), placement.roomId()), clock.instant());
        return save(programme);
    }

    @EventListener
    void withdrawn(DialogueWithdrawn withdrawn) {
        programmes.findById(withdrawn.symposiumId()).filter(p -> p.unschedule(withdrawn.dialogueId(), clock.instant()))
                .ifPresent(this::save);
    }

    Programme publish(String symposiumId) {
        Programme programme = programmes.findById(symposiumId).orElseThrow(() -> Problems.notFound("The programme"));
        programme.publish(clock.instant());
        return save(programme);
    }

    /** Organisers see the programme as it is being built; everyone else once it is published. */
    Programme visible(String symposiumId, Caller caller) {
        return programmes.findById(symposiumId).filter(p -> caller.isOrganiser() || p.publishedAt() != null)
                .orElseThrow(() -> Problems.notFound("The programme"));
    }

    static ProgrammeView view(Programme programme, String strand, String slot, Integer principle) {
        List<ProgrammeView.SlotView> slots = programme.slots().stream()
                .filter(s -> slot == null || s.id().equals(slot))
                .sorted(Comparator.comparing(Slot::startsAt).thenComparing(Slot::id))
                .map(s -> new ProgrammeView.SlotView(s, programme.sessions().stream()
                        .filter(session -> session.slotId().equals(s.id()))
                        .filter(session -> strand == null || session.strandId().equals(strand))
                        .filter(session -> principle == null || session.principles().contains(principle))
                        .sorted(Comparator.comparing(Session::roomId))
                        .map(session -> new ProgrammeView.SessionView(session.dialogueId(), session.title(),
                                session.strandId(), session.principles(), session.hostIds(), session.capacity(),
                                session.roomId(), programme.room(session.roomId()).map(Room::name).orElse(null)))
                        .toList()))
                .toList();
        return new ProgrammeView(programme.symposiumId(), programme.publishedAt(), programme.rooms(), slots,
                programme.version());
    }

    private Programme orNew(String symposiumId) {
        return programmes.findById(symposiumId).orElseGet(() -> new Programme(symposiumId));
    }

    private Programme save(Programme programme) {
        try {
            return programmes.save(programme);
        } catch (OptimisticLockingFailureException concurrent) {
            throw Problems.of(HttpStatus.CONFLICT, "programme-changed",
                    "Another organiser changed the programme at the same moment; reload and try again.");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Wiring {
        /** Lets proposals ask whether a dialogue is scheduled without depending on this package. */
        @Bean
        ScheduledDialogues scheduledDialogues(ProgrammeRepository programmes) {
            return programmes::existsBySessionsDialogueId;
        }
    }
}
