package org.lfpl.registration.registration;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A member's new choice of strands. */
public record StrandChoice(
        @Schema(example = "[\"strand-2\", \"strand-4\"]") @NotNull(message = "is required") @Size(min = 1, max = 5, message = "has 1 to 5 strands")
        List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is a strand id") String> strands) {}
