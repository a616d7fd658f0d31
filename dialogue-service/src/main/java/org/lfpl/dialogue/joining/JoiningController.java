package org.lfpl.dialogue.joining;

import java.util.List;
import org.lfpl.dialogue.programme.ScheduledSession;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Joining and leaving dialogues, a member's agenda, and who joined a dialogue. */
@RestController
class JoiningController {

    /** The dialogues a member joined in one symposium. */
    record AgendaView(String symposiumId, List<String> joinedDialogueIds) {
        static AgendaView of(Agenda agenda) {
            return new AgendaView(agenda.symposiumId(), agenda.joined().stream().map(Agenda.Entry::dialogueId).toList());
        }
    }

    private final Joining joining;

    JoiningController(Joining joining) {
        this.joining = joining;
    }

    @PostMapping("/api/v1/dialogues/{id}/join")
    @PreAuthorize("hasRole('member')")
    AgendaView join(Caller caller, @PathVariable String id) {
        return AgendaView.of(joining.join(id, caller));
    }

    @PostMapping("/api/v1/dialogues/{id}/leave")
    @PreAuthorize("hasRole('member')")
    AgendaView leave(Caller caller, @PathVariable String id) {
        return AgendaView.of(joining.leave(id, caller));
    }

    @GetMapping("/api/v1/dialogues/{id}/participants")
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    List<String> participants(Caller caller, @PathVariable String id) {
        return joining.participantsOf(id, caller);
    }

    /** My agenda: the dialogues I joined and those I host, in time order. */
    @GetMapping("/api/v1/programmes/{symposiumId}/agenda")
    @PreAuthorize("hasRole('member')")
    List<ScheduledSession> agenda(Caller caller, @PathVariable String symposiumId) {
        return joining.agendaOf(symposiumId, caller.id());
    }
}
