package org.lfpl.artefact.library;

/** A file stored here, or a link to something elsewhere (stored, never fetched). */
public enum ArtefactKind {
    FILE,
    LINK
}
