package org.lfpl.registration.symposium;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lfpl.registration.validation.TimeZoneId;

/**
 * What organisers write when they create or edit a symposium. Strands may be left out: the five
 * default strands are used. Rules across fields (end after start, window before the start) are
 * checked by {@link Symposium}.
 */
public record SymposiumDraft(
        @Schema(example = "LfPL International Working Symposium 2027")
        @NotBlank(message = "is required") @Size(max = 200, message = "is at most 200 characters") String title,
        @Schema(example = "Three days of dialogues between schools, researchers and partners.")
        @Size(max = 5000, message = "is at most 5000 characters") String description,
        @Schema(example = "2027-06-14") @NotNull(message = "is required") LocalDate startsOn,
        @Schema(example = "2027-06-16") @NotNull(message = "is required") LocalDate endsOn,
        @Schema(example = "Europe/London") @NotNull(message = "is required") @TimeZoneId String timeZone,
        @Valid Venue venue,
        @Schema(example = "120") @Min(value = 1, message = "is at least 1") @Max(value = 100000, message = "is at most 100000") int capacity,
        @Schema(example = "2027-01-10T09:00:00Z") @NotNull(message = "is required") Instant registrationOpensAt,
        @Schema(example = "2027-05-31T23:59:00Z") @NotNull(message = "is required") Instant registrationClosesAt,
        @Schema(description = "AUTOMATIC (default) confirms while seats last; MODERATED waits for an organiser",
                example = "AUTOMATIC") ApprovalMode approvalMode,
        @Schema(description = "Leave out for the five strands of the LfPL symposium")
        @Size(min = 1, max = 20, message = "has 1 to 20 strands") List<@Valid StrandDraft> strands,
        @Schema(description = "2 when left out", example = "2")
        @Min(value = 1, message = "is at least 1") @Max(value = 5, message = "is at most 5") Integer maxStrandsPerParticipant,
        @Schema(description = "Hours a waitlisted member has to accept an offered seat; 48 when left out", example = "48")
        @Min(value = 1, message = "is at least 1 hour") @Max(value = 336, message = "is at most 336 hours (two weeks)")
        Integer offerClaimWindowHours) {

    /** One strand as organisers write it. */
    public record StrandDraft(
            @Schema(example = "leadership") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is lower-case letters, digits and dashes") String id,
            @Schema(example = "Leadership for professional learning")
            @NotBlank(message = "is required") @Size(max = 200, message = "is at most 200 characters") String title,
            @Size(max = 2000, message = "is at most 2000 characters") String description,
            @Schema(description = "Most participants in this strand; none when left out", example = "30")
            @Min(value = 1, message = "is at least 1") Integer cap) {}
}
