package org.lfpl.dialogue.proposal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lfpl.dialogue.events.DialogueAccepted;
import org.lfpl.dialogue.events.DialogueCancelled;
import org.lfpl.dialogue.events.DialogueDeclined;
import org.lfpl.dialogue.events.DialogueFacts;
import org.lfpl.dialogue.events.DialogueProposed;
import org.lfpl.dialogue.events.DialogueReturned;
import org.lfpl.events.backbone.outbox.AggregateRoot;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The dialogue a participant hosts. Its id comes from (symposium, host), so a participant hosts one
 * dialogue per symposium even when two proposals arrive at the same instant.
 */
@Document("dialogues")
@CompoundIndex(name = "symposium_status", def = "{'symposiumId': 1, 'status': 1}")
class Dialogue extends AggregateRoot {

    @Id
    private String id;
    private String symposiumId;
    @Indexed
    private String hostId;
    private String hostName;
    private DialogueDraft proposal;
    private DialogueStatus status;
    private String curatorComment;
    private Instant proposedAt;
    private Instant updatedAt;

    Dialogue() {}

    /** The id of a host's n-th dialogue in a symposium (n from 1): two proposals can never take the same place. */
    static String idFor(String symposiumId, String hostId, int n) {
        String name = symposiumId + "|" + hostId + (n == 1 ? "" : "|" + n);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Dialogue propose(String id, String hostId, String hostName, DialogueDraft draft, Instant now) {
        Dialogue dialogue = new Dialogue();
        dialogue.id = id;
        dialogue.symposiumId = draft.symposiumId();
        dialogue.hostId = hostId;
        dialogue.hostName = hostName;
        dialogue.proposedAt = now;
        dialogue.submit(draft, now);
        return dialogue;
    }

    /** The host as they give their name now; false when it is the name already shown. */
    boolean renameHost(String name) {
        if (Objects.equals(hostName, name)) {
            return false;
        }
        hostName = name;
        return true;
    }

    /** A declined host tries again with a new proposal. */
    void proposeAgain(DialogueDraft draft, Instant now) {
        if (!isClosed()) {
            throw Problems.conflict("already-hosting", "You already host a dialogue in this symposium; edit it instead.");
        }
        proposedAt = now;
        submit(draft, now);
    }

    /** Host or co-host revises; a returned proposal goes back to the organisers. */
    void revise(DialogueDraft draft, Instant now) {
        if (isClosed()) {
            throw Problems.conflict("wrong-state", "A " + status + " dialogue cannot be edited; propose a new one.");
        }
        if (!draft.symposiumId().equals(symposiumId)) {
            throw Problems.invalid("symposiumId", "cannot change; a dialogue stays in its symposium");
        }
        submit(draft, now);
    }

    private void submit(DialogueDraft draft, Instant now) {
        boolean wasAccepted = status == DialogueStatus.ACCEPTED;
        proposal = draft;
        status = wasAccepted ? DialogueStatus.ACCEPTED : DialogueStatus.PROPOSED;
        curatorComment = wasAccepted ? curatorComment : null;
        updatedAt = now;
        record(new DialogueProposed(facts()));
    }

    void accept(String comment, Instant now) {
        requireUnderReview("accepted");
        status = DialogueStatus.ACCEPTED;
        curatorComment = comment;
        updatedAt = now;
        record(new DialogueAccepted(facts(), comment));
    }

    void sendBack(String comment, Instant now) {
        requireUnderReview("returned");
        if (comment == null || comment.isBlank()) {
            throw Problems.invalid("comment", "is required: the host needs to know what to revise");
        }
        status = DialogueStatus.RETURNED;
        curatorComment = comment;
        updatedAt = now;
        record(new DialogueReturned(facts(), comment));
    }

    void decline(String comment, Instant now) {
        if (isClosed()) {
            throw Problems.conflict("wrong-state", "This dialogue is already " + status + ".");
        }
        status = DialogueStatus.DECLINED;
        curatorComment = comment;
        updatedAt = now;
        record(new DialogueDeclined(facts(), comment));
    }

    /** Returns false when it was cancelled before (the caller then only repeats the follow-up). */
    boolean cancel(String comment, Instant now) {
        if (status == DialogueStatus.CANCELLED) {
            return false;
        }
        if (status == DialogueStatus.DECLINED) {
            throw Problems.conflict("wrong-state", "A declined dialogue has nothing to cancel.");
        }
        status = DialogueStatus.CANCELLED;
        curatorComment = comment;
        updatedAt = now;
        record(new DialogueCancelled(facts(), comment));
        return true;
    }

    boolean isClosed() {
        return status == DialogueStatus.DECLINED || status == DialogueStatus.CANCELLED;
    }

    private void requireUnderReview(String what) {
        if (status != DialogueStatus.PROPOSED && status != DialogueStatus.RETURNED) {
            throw Problems.conflict("wrong-state", "Only a proposal under review can be " + what + "; this one is "
                    + status + ".");
        }
    }

    boolean isHostedBy(String memberId) {
        return hostId.equals(memberId) || coHostIds().contains(memberId);
    }

    List<String> coHostIds() {
        return proposal.coHostIds() == null ? List.of() : proposal.coHostIds();
    }

    DialogueFacts facts() {
        return new DialogueFacts(id, symposiumId, proposal.strandId(), proposal.title(), hostId, coHostIds(),
                List.copyOf(proposal.principles()), status.name());
    }

    DialogueSummary summary() {
        List<String> hosts = new java.util.ArrayList<>(List.of(hostId));
        hosts.addAll(coHostIds());
        return new DialogueSummary(id, symposiumId, proposal.strandId(), proposal.title(), List.copyOf(hosts),
                List.copyOf(proposal.principles()), proposal.capacity(), status);
    }

    DialogueView view() {
        return new DialogueView(id, symposiumId, hostId, hostName, status, curatorComment, proposal, proposedAt,
                updatedAt, version());
    }

    String id() { return id; }
    String symposiumId() { return symposiumId; }
    String hostId() { return hostId; }
    DialogueStatus status() { return status; }
    String strandId() { return proposal.strandId(); }
}
