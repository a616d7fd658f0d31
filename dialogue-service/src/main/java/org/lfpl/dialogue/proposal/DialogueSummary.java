package org.lfpl.dialogue.proposal;

import java.util.List;

/** What the programme and joining need to know of a dialogue. */
public record DialogueSummary(String dialogueId, String symposiumId, String strandId, String title,
        List<String> hostIds, List<Integer> principles, int capacity, DialogueStatus status) {}
