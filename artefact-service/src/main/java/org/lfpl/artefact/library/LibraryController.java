package org.lfpl.artefact.library;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.lfpl.artefact.eligibility.Eligibility;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.lfpl.servicedefaults.web.VersionTags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The library: describe, find, edit, link, withdraw and take down artefacts. Reading is open to
 * anyone for PUBLIC artefacts (see {@link ArtefactAccess}); an artefact a caller may not see does
 * not exist for them (404).
 */
@RestController
@RequestMapping("/api/v1/artefacts")
class LibraryController {

    private final Library library;

    LibraryController(Library library) {
        this.library = library;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    ResponseEntity<ArtefactView> describe(Caller caller, @Valid @RequestBody NewArtefact request) {
        Artefact artefact = library.describe(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/artefacts/" + artefact.id()))
                .eTag(VersionTags.etag(artefact.version())).body(ArtefactView.of(artefact));
    }

    @GetMapping
    List<ArtefactView> search(Caller caller, @RequestParam(required = false) String symposiumId,
            @RequestParam(required = false) String strand, @RequestParam(required = false) @Min(1) @Max(5) Integer principle,
            @RequestParam(required = false) String category, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String dialogueId, @RequestParam(required = false) String q,
            @RequestParam(required = false) ArtefactStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "invalid-paging", "page is 0 or more; size is 1 to 200.");
        }
        if (q != null && q.length() > 200) {
            throw Problems.invalid("q", "must be at most 200 characters");
        }
        return library.search(caller, new LibraryQuery(symposiumId, strand, principle, category, owner, dialogueId, q,
                status, page, size)).stream().map(ArtefactView::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<ArtefactView> get(Caller caller, @PathVariable String id) {
        Artefact artefact = library.visible(id, caller);
        return ResponseEntity.ok().eTag(VersionTags.etag(artefact.version())).body(ArtefactView.of(artefact));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    ResponseEntity<ArtefactView> change(Caller caller, @PathVariable String id, @Valid @RequestBody ArtefactChange change,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Artefact artefact = library.change(id, caller, change, VersionTags.expected(ifMatch));
        return ResponseEntity.ok().eTag(VersionTags.etag(artefact.version())).body(ArtefactView.of(artefact));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('member')")
    ArtefactView withdraw(Caller caller, @PathVariable String id) {
        return ArtefactView.of(library.withdraw(id, caller));
    }

    @PostMapping("/{id}/take-down")
    @PreAuthorize("hasRole('organiser')")
    ArtefactView takeDown(Caller caller, @PathVariable String id, @Valid @RequestBody TakeDown takeDown) {
        return ArtefactView.of(library.takeDown(id, caller, takeDown.reason()));
    }

    @PutMapping("/{id}/dialogues/{dialogueId}")
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    ArtefactView link(Caller caller, @PathVariable String id, @PathVariable String dialogueId) {
        return ArtefactView.of(library.link(id, dialogueId, caller));
    }

    @DeleteMapping("/{id}/dialogues/{dialogueId}")
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    ArtefactView unlink(Caller caller, @PathVariable String id, @PathVariable String dialogueId) {
        return ArtefactView.of(library.unlink(id, dialogueId, caller));
    }

    /** Organisers: confirmed participants who have not brought an artefact yet (member and registration ids). */
    @GetMapping("/symposia/{symposiumId}/without-artefact")
    @PreAuthorize("hasRole('organiser')")
    List<Eligibility.ConfirmedParticipant> withoutArtefact(@PathVariable String symposiumId) {
        return library.withoutArtefact(symposiumId);
    }
}
