package org.lfpl.dialogue.insight;

import jakarta.validation.Valid;
import java.util.List;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A dialogue's outputs and the symposium's synthesis board. */
@RestController
@PreAuthorize("hasAnyRole('member', 'organiser')")
class InsightController {

    private final Insights insights;

    InsightController(Insights insights) {
        this.insights = insights;
    }

    @PostMapping("/api/v1/dialogues/{dialogueId}/insights")
    @ResponseStatus(HttpStatus.CREATED)
    InsightView record(Caller caller, @PathVariable String dialogueId, @Valid @RequestBody InsightDraft draft) {
        return insights.record(dialogueId, caller, draft).view();
    }

    @GetMapping("/api/v1/dialogues/{dialogueId}/insights")
    List<InsightView> ofDialogue(Caller caller, @PathVariable String dialogueId) {
        return insights.ofDialogue(dialogueId, caller).stream().map(Insight::view).toList();
    }

    @PutMapping("/api/v1/dialogues/{dialogueId}/insights/{insightId}/plenary")
    @PreAuthorize("hasRole('organiser')")
    InsightView mark(@PathVariable String dialogueId, @PathVariable String insightId,
            @Valid @RequestBody PlenaryMark mark) {
        return insights.mark(dialogueId, insightId, mark).view();
    }

    @GetMapping("/api/v1/programmes/{symposiumId}/synthesis")
    SynthesisBoard board(Caller caller, @PathVariable String symposiumId) {
        return insights.board(symposiumId, caller);
    }
}
