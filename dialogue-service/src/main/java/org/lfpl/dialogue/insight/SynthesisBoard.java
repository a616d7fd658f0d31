package org.lfpl.dialogue.insight;

import java.util.List;
import java.util.Map;

/**
 * Everything a symposium's dialogues recorded, for the closing plenary: counts per strand (and
 * kind) and per principle, the outcomes organisers marked, and every output grouped by strand.
 */
public record SynthesisBoard(String symposiumId, int total, Map<String, Map<InsightKind, Long>> countsByStrand,
        Map<Integer, Long> countsByPrinciple, List<InsightView> plenaryOutcomes, Map<String, List<InsightView>> byStrand) {}
