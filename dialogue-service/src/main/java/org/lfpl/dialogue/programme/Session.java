package org.lfpl.dialogue.programme;

import java.util.List;

/** A dialogue placed in the programme, with what clash checks need to know about it. */
record Session(String dialogueId, String strandId, String title, List<String> hostIds, List<Integer> principles,
        int capacity, String slotId, String roomId) {}
