package org.lfpl.artefact.library;

import java.time.Instant;

/**
 * One uploaded file of an artefact. The bytes live in GridFS under {@code fileId}; the name the
 * owner gave is kept for display and download only, never for storage.
 */
public record ArtefactVersion(int number, String fileId, String fileName, String mediaType, long size,
        String sha256, Instant uploadedAt) {}
