package org.lfpl.dialogue.proceedings;

import java.nio.charset.StandardCharsets;
import org.lfpl.dialogue.artefacts.SharedArtefacts;
import org.lfpl.dialogue.insight.Insights;
import org.lfpl.dialogue.participation.Participants;
import org.lfpl.dialogue.programme.Schedule;
import org.lfpl.dialogue.proposal.Dialogues;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A symposium's proceedings, for organisers and confirmed participants, as HTML or PDF. */
@RestController
@PreAuthorize("hasAnyRole('member', 'organiser')")
class ProceedingsController {

    private final Schedule schedule;
    private final Dialogues dialogues;
    private final Insights insights;
    private final Participants participants;
    private final SharedArtefacts artefacts;

    ProceedingsController(Schedule schedule, Dialogues dialogues, Insights insights, Participants participants,
            SharedArtefacts artefacts) {
        this.artefacts = artefacts;
        this.schedule = schedule;
        this.dialogues = dialogues;
        this.insights = insights;
        this.participants = participants;
    }

    @GetMapping("/api/v1/programmes/{symposiumId}/proceedings.html")
    ResponseEntity<byte[]> html(Caller caller, @PathVariable String symposiumId) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .body(document(caller, symposiumId).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/v1/programmes/{symposiumId}/proceedings.pdf")
    ResponseEntity<byte[]> pdf(Caller caller, @PathVariable String symposiumId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"proceedings.pdf\"")
                .body(ProceedingsDocument.pdf(document(caller, symposiumId)));
    }

    private String document(Caller caller, String symposiumId) {
        if (!caller.isOrganiser() && participants.confirmed(symposiumId, caller.id()).isEmpty()) {
            throw Problems.notFound("The proceedings");
        }
        var programme = schedule.visibleProgramme(symposiumId, caller).orElseThrow(() -> Problems.notFound("The programme"));
        return ProceedingsDocument.html(participants.symposium(symposiumId), programme, dialogues.accepted(symposiumId),
                insights.ofSymposium(symposiumId), artefacts.byDialogue(symposiumId));
    }
}
