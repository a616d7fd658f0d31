package org.lfpl.dialogue.joining;

import org.lfpl.dialogue.proposal.DialogueSummary;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.stereotype.Service;

/** Who is in a dialogue: its hosts and co-hosts and the participants who joined it. Organisers see every dialogue. */
@Service
public class DialogueMembership {

    private final AgendaRepository agendas;

    DialogueMembership(AgendaRepository agendas) {
        this.agendas = agendas;
    }

    public boolean isIn(DialogueSummary dialogue, Caller caller) {
        return dialogue.hostIds().contains(caller.id()) || agendas.findById(Agenda.idOf(dialogue.symposiumId(), caller.id()))
                .map(agenda -> agenda.contains(dialogue.dialogueId())).orElse(false);
    }

    public boolean mayRead(DialogueSummary dialogue, Caller caller) {
        return caller.isOrganiser() || isIn(dialogue, caller);
    }

    public boolean moderates(DialogueSummary dialogue, Caller caller) {
        return caller.isOrganiser() || dialogue.hostIds().contains(caller.id());
    }
}
