package org.lfpl.dialogue.discussion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A dialogue's discussion thread. */
@RestController
@RequestMapping("/api/v1/dialogues/{dialogueId}/contributions")
@PreAuthorize("hasAnyRole('member', 'organiser')")
class DiscussionController {

    private final Discussion discussion;

    DiscussionController(Discussion discussion) {
        this.discussion = discussion;
    }

    @GetMapping
    List<ContributionView> thread(Caller caller, @PathVariable String dialogueId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return discussion.thread(dialogueId, caller, page, size).stream().map(Contribution::view).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ContributionView post(Caller caller, @PathVariable String dialogueId, @Valid @RequestBody ContributionDraft draft) {
        return discussion.post(dialogueId, caller, draft).view();
    }

    @PutMapping("/{id}")
    ContributionView edit(Caller caller, @PathVariable String dialogueId, @PathVariable String id,
            @Valid @RequestBody ContributionDraft draft) {
        return discussion.edit(dialogueId, id, caller, draft).view();
    }

    @DeleteMapping("/{id}")
    ContributionView delete(Caller caller, @PathVariable String dialogueId, @PathVariable String id) {
        return discussion.delete(dialogueId, id, caller).view();
    }

    @PostMapping("/{id}/hide")
    ContributionView hide(Caller caller, @PathVariable String dialogueId, @PathVariable String id) {
        return discussion.hide(dialogueId, id, caller).view();
    }
}
