package org.lfpl.artefact.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an organiser takes an artefact down; the owner sees it. */
public record TakeDown(@NotBlank @Size(max = 1000) String reason) {}
