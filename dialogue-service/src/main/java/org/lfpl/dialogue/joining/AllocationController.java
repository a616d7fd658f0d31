package org.lfpl.dialogue.joining;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Participants rank dialogues; organisers preview the automatic allocation, then apply what they saw. */
@RestController
class AllocationController {

    private final Allocations allocations;

    AllocationController(Allocations allocations) {
        this.allocations = allocations;
    }

    record Ranking(@NotNull @Size(max = Allocations.MAX_RANKED) List<@NotBlank String> ranked) {}

    record Approval(@NotBlank String fingerprint) {}

    @PutMapping("/api/v1/programmes/{symposiumId}/preferences")
    @PreAuthorize("hasRole('member')")
    Ranking rank(Caller caller, @PathVariable String symposiumId, @Valid @RequestBody Ranking ranking) {
        return new Ranking(allocations.rank(symposiumId, caller, ranking.ranked()).ranked());
    }

    @GetMapping("/api/v1/programmes/{symposiumId}/preferences")
    @PreAuthorize("hasRole('member')")
    Ranking mine(Caller caller, @PathVariable String symposiumId) {
        return new Ranking(allocations.preferencesOf(symposiumId, caller.id()).map(Preferences::ranked).orElse(List.of()));
    }

    @GetMapping("/api/v1/programmes/{symposiumId}/allocation")
    @PreAuthorize("hasRole('organiser')")
    Allocation.Result preview(@PathVariable String symposiumId) {
        return allocations.preview(symposiumId);
    }

    @PostMapping("/api/v1/programmes/{symposiumId}/allocation")
    @PreAuthorize("hasRole('organiser')")
    Allocations.Applied apply(@PathVariable String symposiumId, @Valid @RequestBody Approval approval) {
        if (approval.fingerprint().length() > 64) {
            throw Problems.invalid("fingerprint", "is not one this service gave out");
        }
        return allocations.apply(symposiumId, approval.fingerprint());
    }
}
