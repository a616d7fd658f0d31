package org.lfpl.artefact.dialogues;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A dialogue as dialogue-service's events last described it: enough to check that an artefact is
 * linked to a real dialogue of the same symposium that still takes place.
 *
 * @param status PROPOSED, RETURNED, ACCEPTED, DECLINED or CANCELLED
 * @param asOf   time of the event applied last: an older event arriving late is ignored
 */
@Document("dialogues")
public record KnownDialogue(@Id String dialogueId, String symposiumId, String title, String status, Instant asOf) {

    public boolean takesPlace() {
        return !"DECLINED".equals(status) && !"CANCELLED".equals(status);
    }
}
