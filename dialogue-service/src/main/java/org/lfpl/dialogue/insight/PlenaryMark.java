package org.lfpl.dialogue.insight;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Organisers mark an output as an outcome of the closing plenary, or take the mark away. */
public record PlenaryMark(
        boolean outcome,
        @Schema(example = "Adopted as the network's question for next year.")
        @Size(max = 1000, message = "is at most 1000 characters") String note) {}
