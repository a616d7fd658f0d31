package org.lfpl.artefact.library;

/** Where an artefact is in its life. Only AVAILABLE artefacts are shared beyond owner and organisers. */
public enum ArtefactStatus {
    /** Described, its file not uploaded yet: only the owner and organisers see it. */
    AWAITING_FILE,
    AVAILABLE,
    /** The owner withdrew it (or their account was erased). */
    WITHDRAWN,
    /** An organiser took it down, with a reason the owner sees. */
    TAKEN_DOWN
}
