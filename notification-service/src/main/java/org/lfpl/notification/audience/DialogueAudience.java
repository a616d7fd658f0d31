package org.lfpl.notification.audience;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who a dialogue concerns, from dialogue-service's events: its hosts (host and co-hosts), the
 * participants who joined it, and where and when it takes place once scheduled.
 */
@Document("dialogueAudiences")
public record DialogueAudience(@Id String dialogueId, @Indexed String symposiumId, String title, List<String> hostIds,
        List<String> members, Instant startsAt, Instant endsAt, String roomName, Instant asOf) {

    /** Hosts and joined participants, each once. */
    public List<String> everyone() {
        List<String> all = new ArrayList<>(hostIds == null ? List.of() : hostIds);
        for (String member : members == null ? List.<String>of() : members) {
            if (!all.contains(member)) {
                all.add(member);
            }
        }
        return all;
    }
}
