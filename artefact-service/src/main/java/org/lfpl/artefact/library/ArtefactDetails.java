package org.lfpl.artefact.library;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.lfpl.servicedefaults.problem.Problems;

/**
 * What the owner says about an artefact; the same for a file and a link, and editable later.
 *
 * @param licence SPDX-style id: CC-BY-4.0, CC-BY-SA-4.0, CC-BY-NC-4.0, CC-BY-NC-SA-4.0, CC-BY-ND-4.0,
 *                CC-BY-NC-ND-4.0, CC0-1.0 or ALL-RIGHTS-RESERVED
 */
public record ArtefactDetails(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 100) String> strandIds,
        @Size(max = 5) List<@NotNull @Min(1) @Max(5) Integer> principles,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
        @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or pt-BR")
        String language,
        @NotBlank @Schema(example = "CC-BY-4.0") String licence,
        @NotNull Visibility visibility,
        @NotNull @Valid Safeguarding safeguarding) {

    public static final Set<String> LICENCES = Set.of("CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0",
            "CC-BY-ND-4.0", "CC-BY-NC-ND-4.0", "CC0-1.0", "ALL-RIGHTS-RESERVED");

    public ArtefactDetails {
        principles = principles == null ? List.of() : principles.stream().distinct().sorted().toList();
        tags = tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
        strandIds = strandIds == null ? null : strandIds.stream().distinct().toList();
    }

    /** Rules that bean validation cannot say in one field. */
    void requireSafeToShare() {
        if (!LICENCES.contains(licence)) {
            throw Problems.invalid("licence", "must be one of " + String.join(", ", LICENCES.stream().sorted().toList()));
        }
        if (Boolean.TRUE.equals(safeguarding.containsLearnersWork()) && !Boolean.TRUE.equals(safeguarding.consentObtained())) {
            throw Problems.invalid("safeguarding.consentObtained",
                    "must be true: learners' work or images are shared only with consent");
        }
    }
}
