package org.lfpl.artefact.library;

/** Who may find and open an artefact, besides its owner and the organisers. */
public enum Visibility {
    /** Confirmed participants of the artefact's symposium. */
    PARTICIPANTS,
    /** Any member of the network. */
    NETWORK,
    /** Anyone, signed in or not, partner clients included. */
    PUBLIC
}
