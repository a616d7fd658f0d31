package org.lfpl.artefact.library;

/**
 * A search of the library. Every part is optional; {@code q} matches all its words anywhere in
 * title, description and tags, ignoring case and accents.
 *
 * @param owner    a member id, or {@code me}
 * @param category DOCUMENT, SLIDES, SPREADSHEET, IMAGE, AUDIO, VIDEO, TEXT or LINK
 * @param status   organisers (and owners, for their own) may look beyond AVAILABLE
 */
public record LibraryQuery(String symposiumId, String strand, Integer principle, String category, String owner,
        String dialogueId, String q, ArtefactStatus status, int page, int size) {}
