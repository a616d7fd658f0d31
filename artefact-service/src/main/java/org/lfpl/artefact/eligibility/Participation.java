package org.lfpl.artefact.eligibility;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What artefact-service knows of a member's registration for a symposium, kept from
 * registration-service's events: enough to decide participants-only access without a call.
 *
 * @param id          symposium id and member id
 * @param state       the registration's state as its latest event told
 * @param asOf        time of the event applied last: an older event arriving late is ignored
 * @param lastEventId id of the event applied last: a copy of it is ignored
 */
@Document("participations")
record Participation(@Id String id, String symposiumId, @Indexed String memberId, String registrationId,
        List<String> strands, String state, Instant asOf, String lastEventId) {

    static String idOf(String symposiumId, String memberId) {
        return symposiumId + "|" + memberId;
    }

    boolean confirmed() {
        return "CONFIRMED".equals(state);
    }
}
