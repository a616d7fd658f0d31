package org.lfpl.registration.registration;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a member submits to register: their strands (1 to the symposium's maximum) and, optionally,
 * private needs that only organisers see.
 */
public record RegistrationRequest(
        @Schema(description = "Strand ids of the symposium, 1 to its maximum (2 by default)",
                example = "[\"strand-1\", \"strand-3\"]")
        @NotNull(message = "is required") @Size(min = 1, max = 5, message = "has 1 to 5 strands")
        List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is a strand id") String> strands,
        @Valid Needs needs) {

    /** Private needs: shown to organisers only, never in events or to partners. */
    public record Needs(
            @Schema(example = "Step-free access, please") @Size(max = 1000, message = "is at most 1000 characters") String access,
            @Schema(example = "Vegetarian") @Size(max = 1000, message = "is at most 1000 characters") String dietary) {}
}
