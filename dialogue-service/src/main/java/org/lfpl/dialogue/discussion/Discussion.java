package org.lfpl.dialogue.discussion;

import java.time.Clock;
import java.util.List;
import org.lfpl.dialogue.joining.DialogueMembership;
import org.lfpl.dialogue.participation.MemberForgotten;
import org.lfpl.dialogue.participation.MemberRenamed;
import org.lfpl.dialogue.proposal.DialogueSummary;
import org.lfpl.dialogue.proposal.Dialogues;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A dialogue's discussion: its hosts, the participants who joined and organisers read and post;
 * authors edit and delete their own posts; hosts and organisers hide posts.
 */
@Service
class Discussion {

    private final ContributionRepository contributions;
    private final Dialogues dialogues;
    private final DialogueMembership membership;
    private final SafeMarkdown markdown;
    private final Clock clock;

    Discussion(ContributionRepository contributions, Dialogues dialogues, DialogueMembership membership,
            SafeMarkdown markdown, Clock clock) {
        this.contributions = contributions;
        this.dialogues = dialogues;
        this.membership = membership;
        this.markdown = markdown;
        this.clock = clock;
    }

    List<Contribution> thread(String dialogueId, Caller caller, int page, int size) {
        readable(dialogueId, caller);
        return contributions.findByDialogueIdOrderByPostedAtAsc(dialogueId, PageRequest.of(page, size));
    }

    Contribution post(String dialogueId, Caller caller, ContributionDraft draft) {
        DialogueSummary dialogue = readable(dialogueId, caller);
        if (!membership.isIn(dialogue, caller) && !caller.isOrganiser()) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-in-dialogue", "Join the dialogue to post in it.");
        }
        if (draft.parentId() != null && contributions.findById(draft.parentId())
                .filter(parent -> parent.dialogueId().equals(dialogueId)).isEmpty()) {
            throw Problems.invalid("parentId", "is a post of this dialogue");
        }
        return contributions.save(Contribution.post(dialogueId, dialogue.symposiumId(), caller.id(), caller.displayName(),
                draft.parentId(), draft.markdown(), markdown.toHtml(draft.markdown()), draft.artefactIds(),
                clock.instant()));
    }

    Contribution edit(String dialogueId, String id, Caller caller, ContributionDraft draft) {
        Contribution contribution = own(dialogueId, id, caller);
        contribution.edit(draft.markdown(), markdown.toHtml(draft.markdown()), draft.artefactIds(), clock.instant());
        return contributions.save(contribution);
    }

    Contribution delete(String dialogueId, String id, Caller caller) {
        Contribution contribution = own(dialogueId, id, caller);
        contribution.delete(clock.instant());
        return contributions.save(contribution);
    }

    Contribution hide(String dialogueId, String id, Caller caller) {
        DialogueSummary dialogue = readable(dialogueId, caller);
        if (!membership.moderates(dialogue, caller)) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-a-moderator", "Hosts and organisers moderate the discussion.");
        }
        Contribution contribution = inDialogue(dialogueId, id);
        contribution.hide(caller.id(), clock.instant());
        return contributions.save(contribution);
    }

    @EventListener
    void memberRenamed(MemberRenamed renamed) {
        for (Contribution contribution : contributions.findByAuthorId(renamed.memberId())) {
            if (contribution.renameAuthor(renamed.displayName())) {
                contributions.save(contribution);
            }
        }
    }

    @EventListener
    void memberForgotten(MemberForgotten erased) {
        for (Contribution contribution : contributions.findByAuthorId(erased.memberId())) {
            contribution.anonymise(clock.instant());
            contributions.save(contribution);
        }
    }

    private Contribution own(String dialogueId, String id, Caller caller) {
        readable(dialogueId, caller);
        Contribution contribution = inDialogue(dialogueId, id);
        if (!caller.id().equals(contribution.authorId()) || contribution.deleted()) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-your-post", "Only its author edits or deletes a post.");
        }
        return contribution;
    }

    private Contribution inDialogue(String dialogueId, String id) {
        return contributions.findById(id).filter(c -> c.dialogueId().equals(dialogueId))
                .orElseThrow(() -> Problems.notFound("The post"));
    }

    /** The dialogue, if the caller may read its discussion; otherwise it does not exist for them. */
    private DialogueSummary readable(String dialogueId, Caller caller) {
        return dialogues.summary(dialogueId).filter(d -> membership.mayRead(d, caller))
                .orElseThrow(() -> Problems.notFound("The dialogue"));
    }
}
