package org.lfpl.dialogue.programme;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Read-only answers about the programme for other features (joining, agendas). */
@Service
public class Schedule {

    private final ProgrammeRepository programmes;

    Schedule(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    /** The dialogue's session in its symposium's programme, if it has one. */
    public Optional<ScheduledSession> session(String symposiumId, String dialogueId) {
        return programmes.findById(symposiumId).flatMap(p -> p.session(dialogueId).map(s -> scheduled(p, s)));
    }

    /** The whole programme in time order, for those who may see it (organisers also before publication). */
    public Optional<List<ScheduledSession>> visibleProgramme(String symposiumId, org.lfpl.servicedefaults.security.Caller caller) {
        return programmes.findById(symposiumId).filter(p -> caller.isOrganiser() || p.publishedAt() != null)
                .map(p -> p.sessions().stream().map(s -> scheduled(p, s))
                        .sorted(Comparator.comparing(ScheduledSession::startsAt)).toList());
    }

    /**
     * A member's day in one read of the programme: the sessions they host or co-host and those of
     * the given dialogues they joined, in time order.
     */
    public List<ScheduledSession> agenda(String symposiumId, String memberId, Collection<String> joinedDialogueIds) {
        return programmes.findById(symposiumId).map(p -> p.sessions().stream()
                .filter(s -> s.hostIds().contains(memberId) || joinedDialogueIds.contains(s.dialogueId()))
                .map(s -> scheduled(p, s)).sorted(Comparator.comparing(ScheduledSession::startsAt)).toList())
                .orElse(List.of());
    }

    private static ScheduledSession scheduled(Programme programme, Session session) {
        Slot slot = programme.slot(session.slotId()).orElseThrow();
        return new ScheduledSession(session.dialogueId(), programme.symposiumId(), session.strandId(), session.title(),
                session.hostIds(), session.capacity(), slot.startsAt(), slot.endsAt(),
                programme.room(session.roomId()).map(Room::name).orElse(null));
    }
}
