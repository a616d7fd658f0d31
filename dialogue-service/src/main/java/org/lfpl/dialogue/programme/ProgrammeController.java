package org.lfpl.dialogue.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A symposium's programme: organisers build and publish it; participants read it. */
@RestController
@RequestMapping("/api/v1/programmes/{symposiumId}")
class ProgrammeController {

    private final Programmes programmes;

    ProgrammeController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('member', 'partner', 'organiser')")
    ProgrammeView get(Caller caller, @PathVariable String symposiumId, @RequestParam(required = false) String strand,
            @RequestParam(required = false) String slot, @RequestParam(required = false) Integer principle) {
        ProgrammeView programme = Programmes.view(programmes.visible(symposiumId, caller), strand, slot, principle);
        return caller.isPartnerClient() ? programme.withoutHosts() : programme;
    }

    @GetMapping("/changes")
    @PreAuthorize("hasAnyRole('member', 'partner', 'organiser')")
    List<Change> changes(Caller caller, @PathVariable String symposiumId) {
        return programmes.visible(symposiumId, caller).changelog();
    }

    @PutMapping("/slots")
    @PreAuthorize("hasRole('organiser')")
    ProgrammeView slots(@PathVariable String symposiumId,
            @RequestBody @Size(max = 100, message = "has at most 100 slots") List<@Valid Slot> slots) {
        return Programmes.view(programmes.slots(symposiumId, slots), null, null, null);
    }

    @PutMapping("/rooms")
    @PreAuthorize("hasRole('organiser')")
    ProgrammeView rooms(@PathVariable String symposiumId,
            @RequestBody @Size(max = 200, message = "has at most 200 rooms") List<@Valid Room> rooms) {
        return Programmes.view(programmes.rooms(symposiumId, rooms), null, null, null);
    }

    @PutMapping("/sessions/{dialogueId}")
    @PreAuthorize("hasRole('organiser')")
    ProgrammeView schedule(@PathVariable String symposiumId, @PathVariable String dialogueId,
            @Valid @RequestBody Placement placement) {
        return Programmes.view(programmes.schedule(symposiumId, dialogueId, placement), null, null, null);
    }

    @PostMapping("/publish")
    @PreAuthorize("hasRole('organiser')")
    ProgrammeView publish(@PathVariable String symposiumId) {
        return Programmes.view(programmes.publish(symposiumId), null, null, null);
    }
}
