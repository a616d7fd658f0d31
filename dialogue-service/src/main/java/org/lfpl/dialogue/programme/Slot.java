package org.lfpl.dialogue.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A time slot of the programme. Slots may overlap (a long workshop beside two short rounds). */
public record Slot(
        @Schema(example = "day1-am") @NotNull(message = "is required")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is lower-case letters, digits and dashes") String id,
        @Schema(example = "Day 1, morning") @Size(max = 100, message = "is at most 100 characters") String label,
        @Schema(example = "2027-06-14T09:00:00Z") @NotNull(message = "is required") Instant startsAt,
        @Schema(example = "2027-06-14T10:30:00Z") @NotNull(message = "is required") Instant endsAt) {

    boolean overlaps(Slot other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
