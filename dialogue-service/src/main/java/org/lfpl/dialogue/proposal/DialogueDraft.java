package org.lfpl.dialogue.proposal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a host writes when proposing or revising the dialogue they will host. */
public record DialogueDraft(
        @Schema(example = "b6a1f0c2-6a55-4c7e-9d0f-1f1f3b5c9a10")
        @NotBlank(message = "is required") @Size(max = 64, message = "is at most 64 characters") String symposiumId,
        @Schema(example = "Learning walks that change what leaders notice")
        @NotBlank(message = "is required") @Size(max = 200, message = "is at most 200 characters") String title,
        @Schema(example = "To test whether learning walks shift leaders' attention from teaching to learning.")
        @NotBlank(message = "is required") @Size(max = 3000, message = "is at most 3000 characters") String purpose,
        @Schema(description = "One of the host's own strands", example = "strand-2")
        @NotBlank(message = "is required") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is a strand id") String strandId,
        @Valid GuidingQuestions guidingQuestions,
        @Schema(description = "Suggested: round table, critical friends, tuning protocol, learning walk, world cafe, "
                + "fishbowl; any other is allowed", example = "critical friends")
        @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String format,
        @Schema(description = "The LfPL principles it addresses, 1 to 5", example = "[1, 3]")
        @NotNull(message = "is required") @Size(min = 1, max = 5, message = "names 1 to 5 principles")
        List<@NotNull @Min(value = 1, message = "is a principle from 1 to 5") @Max(value = 5, message = "is a principle from 1 to 5") Integer> principles,
        @Schema(description = "Member ids of co-hosts: confirmed participants of the same symposium")
        @Size(max = 3, message = "has at most 3 co-hosts") List<@NotBlank @Size(max = 64) String> coHostIds,
        @Schema(example = "12") @Min(value = 2, message = "is at least 2") @Max(value = 200, message = "is at most 200") int capacity,
        @Schema(example = "en") @NotBlank(message = "is required")
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "is a language tag such as en or pt-BR") String language,
        @NotNull(message = "is required") DialogueMode mode,
        @Schema(description = "Required for VIRTUAL and HYBRID", example = "https://meet.example.org/learning-walks")
        @Size(max = 500, message = "is at most 500 characters") @Pattern(regexp = "https://\\S+", message = "is an https:// link")
        String meetingUrl,
        @Schema(description = "Artefact ids or https links to artefacts the dialogue works with")
        @Size(max = 10, message = "has at most 10 links")
        List<@NotBlank @Size(max = 500) @Pattern(regexp = "https://\\S+|[A-Za-z0-9-]{1,64}", message = "is an artefact id or an https:// link") String> artefactLinks) {

    /** The who/why/what/when/where/how that frame the dialogue; each optional. */
    public record GuidingQuestions(
            @Size(max = 500, message = "is at most 500 characters") String who,
            @Size(max = 500, message = "is at most 500 characters") String why,
            @Size(max = 500, message = "is at most 500 characters") String what,
            @Size(max = 500, message = "is at most 500 characters") String when,
            @Size(max = 500, message = "is at most 500 characters") String where,
            @Size(max = 500, message = "is at most 500 characters") String how) {}
}
