package org.lfpl.dialogue.participation;

/** A member's account was erased; every feature removes or anonymises what it holds of them. Published in-process. */
public record MemberForgotten(String memberId) {}
