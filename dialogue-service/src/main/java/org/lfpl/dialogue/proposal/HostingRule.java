package org.lfpl.dialogue.proposal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How many dialogues one participant may host in a symposium; one unless organisers say otherwise. */
@Document("hosting_rules")
public record HostingRule(@Id String symposiumId,
        @Schema(example = "1") @Min(value = 1, message = "is at least 1") @Max(value = 5, message = "is at most 5")
        int dialoguesPerParticipant) {}
