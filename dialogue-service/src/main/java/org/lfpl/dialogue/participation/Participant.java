package org.lfpl.dialogue.participation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What dialogue-service knows of a member's registration for a symposium, kept from
 * registration-service's events: enough to decide who may host, co-host and join, without a call.
 *
 * @param id             symposium id and member id
 * @param state          the registration's state, as its latest event told
 * @param asOf           time of the event applied last: an older event arriving late is ignored
 * @param lastEventId    id of the event applied last: a copy of it is ignored
 */
@Document("participants")
@CompoundIndex(name = "symposium_state", def = "{'symposiumId': 1, 'state': 1}")
public record Participant(@Id String id, String symposiumId, String memberId, String registrationId,
        List<String> strands, String state, Instant asOf, String lastEventId) {

    public static String idOf(String symposiumId, String memberId) {
        return symposiumId + "|" + memberId;
    }

    public boolean confirmed() {
        return "CONFIRMED".equals(state);
    }
}
