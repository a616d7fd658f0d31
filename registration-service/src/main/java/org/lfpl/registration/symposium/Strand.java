package org.lfpl.registration.symposium;

/**
 * A thematic strand of a symposium.
 *
 * @param id          stable within the symposium (registrations and dialogues refer to it)
 * @param title       what participants see
 * @param description what the strand is about
 * @param cap         the most participants who may choose it; null for no cap of its own
 */
public record Strand(String id, String title, String description, Integer cap) {}
