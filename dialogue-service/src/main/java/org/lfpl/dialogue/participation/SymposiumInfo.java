package org.lfpl.dialogue.participation;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What dialogue-service knows of a symposium, from registration-service's symposium events: its
 * title and the titles of its strands, for programmes and proceedings.
 */
@Document("symposia")
public record SymposiumInfo(@Id String symposiumId, String title, Map<String, String> strandTitles, Instant asOf) {

    public String strandTitle(String strandId) {
        return strandTitles == null ? strandId : strandTitles.getOrDefault(strandId, strandId);
    }
}
