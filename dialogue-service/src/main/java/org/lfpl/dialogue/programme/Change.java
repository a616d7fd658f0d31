package org.lfpl.dialogue.programme;

import java.time.Instant;

/** One line of the programme's changelog, kept from its publication on. */
public record Change(Instant at, String dialogueId, String what) {}
