package org.lfpl.artefact.library;

import java.time.Instant;

/** A link from an artefact to a dialogue of its symposium; {@code flag} says DIALOGUE_CANCELLED when it no longer takes place. */
public record DialogueLink(String dialogueId, Instant linkedAt, String flag) {

    DialogueLink flagged(String reason) {
        return new DialogueLink(dialogueId, linkedAt, reason);
    }
}
