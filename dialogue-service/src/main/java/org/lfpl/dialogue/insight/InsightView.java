package org.lfpl.dialogue.insight;

import java.time.Instant;
import java.util.List;

/** An output as the synthesis board and the proceedings show it. */
public record InsightView(String id, String dialogueId, String dialogueTitle, String strandId, InsightKind kind,
        String text, List<Integer> principles, String authorName, Instant recordedAt, boolean plenaryOutcome,
        String plenaryNote) {}
