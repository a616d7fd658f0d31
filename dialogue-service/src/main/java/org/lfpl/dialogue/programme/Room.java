package org.lfpl.dialogue.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A physical room with seats, or a virtual room (capacity optional: the platform's limit). */
public record Room(
        @Schema(example = "hall-b") @NotNull(message = "is required")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "is lower-case letters, digits and dashes") String id,
        @Schema(example = "Hall B") @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String name,
        @NotNull(message = "is required") RoomKind kind,
        @Schema(example = "20") @Min(value = 1, message = "is at least 1") Integer capacity) {

    public enum RoomKind { PHYSICAL, VIRTUAL }

    boolean fits(int people) {
        return capacity == null || people <= capacity;
    }
}
