package org.lfpl.dialogue.proposal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** An organiser's word to the host with a decision; required when returning a proposal. */
public record Curation(
        @Schema(example = "Please say which guiding question the learning walk answers.")
        @Size(max = 2000, message = "is at most 2000 characters") String comment) {}
