package org.lfpl.registration.symposium;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Symposia: members and partners read published ones; organisers create, edit (with
 * {@code If-Match}), publish, close and copy them.
 */
@RestController
@RequestMapping("/api/v1/symposia")
class SymposiumController {

    private final Symposia symposia;

    SymposiumController(Symposia symposia) {
        this.symposia = symposia;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('member', 'partner', 'organiser')")
    List<SymposiumView> list(Caller caller) {
        return symposia.list(caller).stream().map(Symposium::view).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('member', 'partner', 'organiser')")
    ResponseEntity<SymposiumView> get(Caller caller, @PathVariable String id) {
        return withETag(symposia.visible(id, caller));
    }

    @PostMapping
    @PreAuthorize("hasRole('organiser')")
    ResponseEntity<SymposiumView> create(@Valid @RequestBody SymposiumDraft draft) {
        Symposium created = symposia.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/symposia/" + created.id()))
                .eTag(eTag(created)).body(created.view());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('organiser')")
    ResponseEntity<SymposiumView> edit(Caller caller, @PathVariable String id, @Valid @RequestBody SymposiumDraft draft,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(symposia.edit(id, draft, VersionTags.expected(ifMatch), caller));
    }

    /** Capacity alone, for the organiser's "raise capacity" action. */
    record CapacityChange(@Min(value = 1, message = "is at least 1") @Max(value = 100000, message = "is at most 100000")
            int capacity) {}

    @PutMapping("/{id}/capacity")
    @PreAuthorize("hasRole('organiser')")
    ResponseEntity<SymposiumView> changeCapacity(Caller caller, @PathVariable String id,
            @Valid @RequestBody CapacityChange change) {
        return withETag(symposia.changeCapacity(id, change.capacity(), caller));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('organiser')")
    ResponseEntity<SymposiumView> publish(Caller caller, @PathVariable String id) {
        return withETag(symposia.publish(id, caller));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('organiser')")
    ResponseEntity<SymposiumView> close(Caller caller, @PathVariable String id) {
        return withETag(symposia.close(id, caller));
    }

    @PostMapping("/{id}/copy")
    @PreAuthorize("hasRole('organiser')")
    ResponseEntity<SymposiumView> copy(Caller caller, @PathVariable String id) {
        Symposium copy = symposia.copy(id, caller);
        return ResponseEntity.created(URI.create("/api/v1/symposia/" + copy.id())).eTag(eTag(copy)).body(copy.view());
    }

    private static ResponseEntity<SymposiumView> withETag(Symposium symposium) {
        return ResponseEntity.ok().eTag(eTag(symposium)).body(symposium.view());
    }

    private static String eTag(Symposium symposium) {
        return VersionTags.etag(symposium.version());
    }
}
