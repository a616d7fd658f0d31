package org.lfpl.artefact.library;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A participant describes an artefact: a FILE (then uploads it with {@code POST /{id}/versions}) or
 * a LINK (available at once).
 */
public record NewArtefact(
        @NotBlank @Size(max = 100) String symposiumId,
        @NotNull ArtefactKind kind,
        @Size(max = 2000) @Schema(description = "for a LINK: an http or https address, stored and never fetched",
                example = "https://example.org/learning-walk-protocol") String url,
        @NotNull @Valid ArtefactDetails details,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> dialogueIds) {}
