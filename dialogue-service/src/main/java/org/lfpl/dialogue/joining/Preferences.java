package org.lfpl.dialogue.joining;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A participant's ranked wishes for the automatic allocation: the dialogues they would most like to
 * join, first choice first. One document per member and symposium; saving again replaces it.
 */
@Document("preferences")
record Preferences(@Id String id, @Indexed String symposiumId, String memberId, List<String> ranked, Instant updatedAt) {

    static String idOf(String symposiumId, String memberId) {
        return symposiumId + "|" + memberId;
    }
}
