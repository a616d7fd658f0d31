package org.lfpl.dialogue.insight;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lfpl.dialogue.events.InsightRecorded;
import org.lfpl.dialogue.participation.MemberForgotten;
import org.lfpl.events.backbone.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An insight, question, tension or next step a dialogue recorded. */
@Document("insights")
class Insight extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String dialogueId;
    @Indexed
    private String symposiumId;
    private String strandId;
    private String dialogueTitle;
    private InsightKind kind;
    private String text;
    private List<Integer> principles;
    @Indexed
    private String authorId;
    private String authorName;
    private Instant recordedAt;
    private boolean plenaryOutcome;
    private String plenaryNote;

    Insight() {}

    static Insight record(String dialogueId, String symposiumId, String strandId, String dialogueTitle,
            InsightDraft draft, String authorId, String authorName, Instant now) {
        Insight insight = new Insight();
        insight.id = UUID.randomUUID().toString();
        insight.dialogueId = dialogueId;
        insight.symposiumId = symposiumId;
        insight.strandId = strandId;
        insight.dialogueTitle = dialogueTitle;
        insight.kind = draft.kind();
        insight.text = draft.text();
        insight.principles = List.copyOf(draft.principles());
        insight.authorId = authorId;
        insight.authorName = authorName;
        insight.recordedAt = now;
        insight.record(new InsightRecorded(insight.id, dialogueId, symposiumId, strandId, draft.kind().name(),
                insight.principles, authorId));
        return insight;
    }

    void mark(PlenaryMark mark) {
        plenaryOutcome = mark.outcome();
        plenaryNote = mark.outcome() ? mark.note() : null;
    }

    /** The author as they give their name now; false when it is the name already shown. */
    boolean renameAuthor(String name) {
        if (Objects.equals(authorName, name)) {
            return false;
        }
        authorName = name;
        return true;
    }

    /** Erasure: the output belongs to the dialogue and stays; who wrote it goes. */
    void anonymise() {
        authorId = null;
        authorName = MemberForgotten.SHOWN_AS;
    }

    InsightView view() {
        return new InsightView(id, dialogueId, dialogueTitle, strandId, kind, text, principles, authorName, recordedAt,
                plenaryOutcome, plenaryNote);
    }

    String dialogueId() { return dialogueId; }
    String strandId() { return strandId; }
    InsightKind kind() { return kind; }
    List<Integer> principles() { return principles; }
    boolean plenaryOutcome() { return plenaryOutcome; }
}
