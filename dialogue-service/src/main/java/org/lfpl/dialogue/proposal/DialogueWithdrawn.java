package org.lfpl.dialogue.proposal;

/**
 * A dialogue was cancelled: the programme frees its slot and room, joining takes its participants
 * out. Published in-process after the cancellation is stored, and again if it is repeated, so a
 * crash in between is mended by cancelling once more.
 */
public record DialogueWithdrawn(String dialogueId, String symposiumId, String title) {}
