package org.lfpl.dialogue.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Where organisers put a dialogue. */
public record Placement(
        @Schema(example = "day1-am") @NotBlank(message = "is required") String slotId,
        @Schema(example = "hall-b") @NotBlank(message = "is required") String roomId) {}
