package org.lfpl.dialogue.insight;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One output of a dialogue, tagged with the principles it speaks to. */
public record InsightDraft(
        @NotNull(message = "is required") InsightKind kind,
        @Schema(example = "Leaders noticed pupils' talk only when the walk had a single question.")
        @NotBlank(message = "is required") @Size(max = 2000, message = "is at most 2000 characters") String text,
        @Schema(example = "[1, 2]") @NotNull(message = "is required") @Size(min = 1, max = 5, message = "names 1 to 5 principles")
        List<@NotNull @Min(value = 1, message = "is a principle from 1 to 5") @Max(value = 5, message = "is a principle from 1 to 5") Integer> principles) {}
