package org.lfpl.registration.registration;

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
        @NotNull(message = "is required") @Size(min = 1, max = 5, message = "has 1 to 5 strands")
        List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is a strand id") String> strands,
        @Valid Needs needs) {

    /** Private needs: shown to organisers only, never in events or to partners. */
    public record Needs(
            @Size(max = 1000, message = "is at most 1000 characters") String access,
            @Size(max = 1000, message = "is at most 1000 characters") String dietary) {}
}
