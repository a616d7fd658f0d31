package org.lfpl.dialogue.participation;

/** A registration event changed what is known of a participant (state or strands). Published in-process. */
public record ParticipationChanged(Participant participant) {}
