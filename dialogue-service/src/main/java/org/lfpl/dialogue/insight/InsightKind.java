package org.lfpl.dialogue.insight;

/** The structured outputs a dialogue records for the plenary. */
public enum InsightKind {
    INSIGHT, QUESTION, TENSION, NEXT_STEP
}
