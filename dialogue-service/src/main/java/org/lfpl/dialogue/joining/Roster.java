package org.lfpl.dialogue.joining;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who takes part in one dialogue, with the count its capacity is checked against. A seat is taken
 * with one conditional single-document update, so a dialogue never fills beyond its capacity.
 */
@Document("rosters")
class Roster {
    @Id
    String dialogueId;
    int capacity;
    int joined;
    List<String> members = List.of();
}
