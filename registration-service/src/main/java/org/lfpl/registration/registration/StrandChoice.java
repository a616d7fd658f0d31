package org.lfpl.registration.registration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A member's new choice of strands. */
public record StrandChoice(
        @NotNull(message = "is required") @Size(min = 1, max = 5, message = "has 1 to 5 strands")
        List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is a strand id") String> strands) {}
