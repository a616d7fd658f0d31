package org.lfpl.dialogue.participation;

/** A member's account was erased; every feature removes or anonymises what it holds of them. Published in-process. */
public record MemberForgotten(String memberId) {

    /** How what an erased member left behind (dialogues hosted, posts, outputs) names them from then on. */
    public static final String SHOWN_AS = "A former participant";
}
