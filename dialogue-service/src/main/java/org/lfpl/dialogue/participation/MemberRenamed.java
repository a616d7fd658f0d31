package org.lfpl.dialogue.participation;

/** A member now gives their name as {@code displayName} (their profile was saved): places that show it follow. */
public record MemberRenamed(String memberId, String displayName) {}
