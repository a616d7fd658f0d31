package org.lfpl.dialogue.discussion;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a participant writes. Markdown; raw HTML in it is shown as text, never run. */
public record ContributionDraft(
        @Schema(example = "We saw **three** kinds of talk on the walk. See the artefact below.")
        @NotBlank(message = "is required") @Size(max = 10000, message = "is at most 10000 characters") String markdown,
        @Schema(description = "The post this one answers; absent for a new thread")
        @Size(max = 64, message = "is at most 64 characters") String parentId,
        @Schema(description = "Artefacts the post mentions")
        @Size(max = 10, message = "mentions at most 10 artefacts")
        List<@Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "is an artefact id") String> artefactIds) {}
