package org.lfpl.registration.symposium;

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
        @NotBlank(message = "is required") @Size(max = 200, message = "is at most 200 characters") String title,
        @Size(max = 5000, message = "is at most 5000 characters") String description,
        @NotNull(message = "is required") LocalDate startsOn,
        @NotNull(message = "is required") LocalDate endsOn,
        @NotNull(message = "is required") @TimeZoneId String timeZone,
        @Valid Venue venue,
        @Min(value = 1, message = "is at least 1") @Max(value = 100000, message = "is at most 100000") int capacity,
        @NotNull(message = "is required") Instant registrationOpensAt,
        @NotNull(message = "is required") Instant registrationClosesAt,
        ApprovalMode approvalMode,
        @Size(min = 1, max = 20, message = "has 1 to 20 strands") List<@Valid StrandDraft> strands,
        @Min(value = 1, message = "is at least 1") @Max(value = 5, message = "is at most 5") Integer maxStrandsPerParticipant,
        @Min(value = 1, message = "is at least 1 hour") @Max(value = 336, message = "is at most 336 hours (two weeks)")
        Integer offerClaimWindowHours) {

    /** One strand as organisers write it. */
    public record StrandDraft(
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is lower-case letters, digits and dashes") String id,
            @NotBlank(message = "is required") @Size(max = 200, message = "is at most 200 characters") String title,
            @Size(max = 2000, message = "is at most 2000 characters") String description,
            @Min(value = 1, message = "is at least 1") Integer cap) {}
}
