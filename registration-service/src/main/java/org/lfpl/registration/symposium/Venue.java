package org.lfpl.registration.symposium;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where it happens: a physical place, a virtual meeting space, or both. */
public record Venue(
        @Schema(example = "University of Leeds, School of Education, Leeds, UK") @Size(max = 300, message = "is at most 300 characters") String physical,
        @Schema(example = "https://meet.example.org/lfpl-symposium") @Size(max = 500, message = "is at most 500 characters")
        @Pattern(regexp = "https://\\S+", message = "is an https:// link") String virtualUrl) {}
