package org.lfpl.notification.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who hosts a dialogue and what it is called, kept from dialogue-service's events so that joins and
 * departures (which name only the dialogue) reach its hosts.
 */
@Document("dialogueHosts")
record DialogueHosts(@Id String dialogueId, String title, String hostId, List<String> coHostIds, Instant asOf) {

    List<String> all() {
        List<String> hosts = new ArrayList<>(List.of(hostId));
        hosts.addAll(coHostIds == null ? List.of() : coHostIds);
        return hosts;
    }
}
