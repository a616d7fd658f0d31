package org.lfpl.artefact.library;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The owner (or an organiser) edits what an artefact says; a link may point somewhere new. */
public record ArtefactChange(@Size(max = 2000) String url, @NotNull @Valid ArtefactDetails details) {}
