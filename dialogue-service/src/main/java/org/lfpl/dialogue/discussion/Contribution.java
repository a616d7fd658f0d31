package org.lfpl.dialogue.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lfpl.dialogue.events.ContributionPosted;
import org.lfpl.dialogue.participation.MemberForgotten;
import org.lfpl.events.backbone.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One post in a dialogue's discussion. The markdown is kept as written and rendered to safe HTML
 * when written. Deleting or hiding keeps the post's place, so replies stay readable.
 */
@Document("contributions")
class Contribution extends AggregateRoot {

    @Id
    private String id;
    @Indexed
    private String dialogueId;
    private String symposiumId;
    @Indexed
    private String authorId;
    private String authorName;
    private String parentId;
    private String markdown;
    private String html;
    private List<String> artefactIds;
    private Instant postedAt;
    private Instant editedAt;
    private boolean deleted;
    private String hiddenBy;

    Contribution() {}

    static Contribution post(String dialogueId, String symposiumId, String authorId, String authorName, String parentId,
            String markdown, String html, List<String> artefactIds, Instant now) {
        Contribution c = new Contribution();
        c.id = UUID.randomUUID().toString();
        c.dialogueId = dialogueId;
        c.symposiumId = symposiumId;
        c.authorId = authorId;
        c.authorName = authorName;
        c.parentId = parentId;
        c.markdown = markdown;
        c.html = html;
        c.artefactIds = artefactIds == null ? List.of() : List.copyOf(artefactIds);
        c.postedAt = now;
        c.record(new ContributionPosted(c.id, dialogueId, symposiumId, authorId, parentId, c.artefactIds));
        return c;
    }

    void edit(String newMarkdown, String newHtml, List<String> newArtefactIds, Instant now) {
        markdown = newMarkdown;
        html = newHtml;
        artefactIds = newArtefactIds == null ? List.of() : List.copyOf(newArtefactIds);
        editedAt = now;
    }

    void delete(Instant now) {
        deleted = true;
        markdown = null;
        html = null;
        artefactIds = List.of();
        editedAt = now;
    }

    void hide(String moderatorId, Instant now) {
        hiddenBy = moderatorId;
        editedAt = now;
    }

    /** The author as they give their name now; false when it is the name already shown. */
    boolean renameAuthor(String name) {
        if (Objects.equals(authorName, name)) {
            return false;
        }
        authorName = name;
        return true;
    }

    /** Erasure: the post stays (the thread must read on) but no longer names its author or says what they wrote. */
    void anonymise(Instant now) {
        authorId = null;
        authorName = MemberForgotten.SHOWN_AS;
        delete(now);
    }

    ContributionView view() {
        boolean gone = deleted || hiddenBy != null;
        return new ContributionView(id, dialogueId, parentId, authorId, authorName, gone ? null : markdown,
                gone ? null : html, gone ? List.of() : artefactIds, postedAt, editedAt, deleted, hiddenBy != null);
    }

    String id() { return id; }
    String dialogueId() { return dialogueId; }
    String authorId() { return authorId; }
    boolean deleted() { return deleted; }
}
