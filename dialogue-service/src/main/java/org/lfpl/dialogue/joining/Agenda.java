package org.lfpl.dialogue.joining;

import java.util.ArrayList;
import java.util.List;
import org.lfpl.dialogue.events.DialogueJoined;
import org.lfpl.dialogue.events.DialogueLeft;
import org.lfpl.events.backbone.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The dialogues a member joined in one symposium. One document per member and symposium, saved
 * with its version: two joins by the same member at the same moment cannot both pass the clash check.
 */
@Document("agendas")
class Agenda extends AggregateRoot {

    /** What the member joined; times come from the programme, so a rescheduled dialogue is never stale here. */
    record Entry(String dialogueId, String strandId) {}

    @Id
    private String id;
    private String symposiumId;
    @Indexed
    private String memberId;
    private List<Entry> joined = new ArrayList<>();

    Agenda() {}

    Agenda(String symposiumId, String memberId) {
        this.id = idOf(symposiumId, memberId);
        this.symposiumId = symposiumId;
        this.memberId = memberId;
    }

    static String idOf(String symposiumId, String memberId) {
        return symposiumId + "|" + memberId;
    }

    boolean contains(String dialogueId) {
        return joined.stream().anyMatch(e -> e.dialogueId().equals(dialogueId));
    }

    void join(String dialogueId, String strandId) {
        joined.add(new Entry(dialogueId, strandId));
        record(new DialogueJoined(id, dialogueId, symposiumId, memberId, strandId));
    }

    void leave(String dialogueId, String reason) {
        Entry entry = joined.stream().filter(e -> e.dialogueId().equals(dialogueId)).findFirst().orElseThrow();
        joined.remove(entry);
        record(new DialogueLeft(id, dialogueId, symposiumId, memberId, entry.strandId(), reason));
    }

    String symposiumId() { return symposiumId; }
    String memberId() { return memberId; }
    List<Entry> joined() { return List.copyOf(joined); }
}
