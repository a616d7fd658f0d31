package org.lfpl.dialogue.artefacts;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An artefact as artefact-service's events last described it: what the proceedings name under
 * each dialogue it is linked to.
 *
 * @param status AVAILABLE, WITHDRAWN or TAKEN_DOWN; only available ones are named
 * @param asOf   time of the event applied last: an older event arriving late is ignored
 */
@Document("sharedArtefacts")
public record SharedArtefact(@Id String artefactId, @Indexed String symposiumId, String title, String kind,
        String licence, List<String> dialogueIds, String status, Instant asOf) {

    public boolean available() {
        return "AVAILABLE".equals(status);
    }
}
