package org.lfpl.dialogue.proposal;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.lfpl.servicedefaults.security.Caller;
import org.lfpl.servicedefaults.web.VersionTags;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Proposals and their curation. A dialogue someone may not see does not exist for them (404). */
@RestController
@RequestMapping("/api/v1/dialogues")
class DialogueController {

    private final Dialogues dialogues;

    DialogueController(Dialogues dialogues) {
        this.dialogues = dialogues;
    }

    @PostMapping
    @PreAuthorize("hasRole('member')")
    ResponseEntity<DialogueView> propose(Caller caller, @Valid @RequestBody DialogueDraft draft) {
        Dialogue dialogue = dialogues.propose(caller, draft);
        return ResponseEntity.created(URI.create("/api/v1/dialogues/" + dialogue.id())).eTag(etag(dialogue))
                .body(dialogue.view());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    List<DialogueView> list(Caller caller, @RequestParam String symposiumId,
            @RequestParam(required = false) DialogueStatus status, @RequestParam(required = false) String strand) {
        return dialogues.list(symposiumId, caller, status, strand).stream().map(Dialogue::view).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    ResponseEntity<DialogueView> get(Caller caller, @PathVariable String id) {
        Dialogue dialogue = dialogues.visible(id, caller);
        return ResponseEntity.ok().eTag(etag(dialogue)).body(dialogue.view());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('member')")
    ResponseEntity<DialogueView> revise(Caller caller, @PathVariable String id, @Valid @RequestBody DialogueDraft draft,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Dialogue dialogue = dialogues.revise(id, caller, draft, VersionTags.expected(ifMatch));
        return ResponseEntity.ok().eTag(etag(dialogue)).body(dialogue.view());
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasRole('organiser')")
    DialogueView accept(Caller caller, @PathVariable String id, @Valid @RequestBody(required = false) Curation curation) {
        return curate(caller, id, Dialogues.Decision.ACCEPT, curation);
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasRole('organiser')")
    DialogueView sendBack(Caller caller, @PathVariable String id, @Valid @RequestBody(required = false) Curation curation) {
        return curate(caller, id, Dialogues.Decision.RETURN, curation);
    }

    @PostMapping("/{id}/decline")
    @PreAuthorize("hasRole('organiser')")
    DialogueView decline(Caller caller, @PathVariable String id, @Valid @RequestBody(required = false) Curation curation) {
        return curate(caller, id, Dialogues.Decision.DECLINE, curation);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    DialogueView cancel(Caller caller, @PathVariable String id, @Valid @RequestBody(required = false) Curation curation) {
        return dialogues.cancel(id, caller, curation == null ? null : curation.comment()).view();
    }

    /** The symposium's hosting rule: how many dialogues one participant may host (1 by default). */
    @GetMapping("/hosting-rule")
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    HostingRule hostingRule(@RequestParam String symposiumId) {
        return dialogues.hostingRule(symposiumId);
    }

    @PutMapping("/hosting-rule")
    @PreAuthorize("hasRole('organiser')")
    HostingRule setHostingRule(@RequestParam String symposiumId, @Valid @RequestBody HostingRule rule) {
        return dialogues.setHostingRule(symposiumId, rule.dialoguesPerParticipant());
    }

    /** Organisers: confirmed participants who have not proposed a dialogue yet. */
    @GetMapping("/without-proposal")
    @PreAuthorize("hasRole('organiser')")
    Map<String, Object> withoutProposal(@RequestParam String symposiumId) {
        List<String> members = dialogues.withoutDialogue(symposiumId);
        return Map.of("symposiumId", symposiumId, "count", members.size(), "memberIds", members);
    }

    private DialogueView curate(Caller caller, String id, Dialogues.Decision decision, Curation curation) {
        return dialogues.curate(id, caller, decision, curation == null ? null : curation.comment()).view();
    }

    private static String etag(Dialogue dialogue) {
        return VersionTags.etag(dialogue.version());
    }
}
