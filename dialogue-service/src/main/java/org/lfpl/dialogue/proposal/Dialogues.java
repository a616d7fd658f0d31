package org.lfpl.dialogue.proposal;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lfpl.dialogue.participation.MemberForgotten;
import org.lfpl.dialogue.participation.MemberRenamed;
import org.lfpl.dialogue.participation.Participant;
import org.lfpl.dialogue.participation.Participants;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Proposing, revising and curating dialogues. Who may host or co-host is decided from the local
 * read model of registrations ({@link Participants}): confirmed participants only, in their own strands.
 */
@Service
public class Dialogues {

    private final DialogueRepository dialogues;
    private final Participants participants;
    private final Clock clock;
    private final ScheduledDialogues scheduled;
    private final ApplicationEventPublisher withdrawals;
    private final HostingRuleRepository hostingRules;

    Dialogues(DialogueRepository dialogues, Participants participants, Clock clock, ScheduledDialogues scheduled,
            ApplicationEventPublisher withdrawals, HostingRuleRepository hostingRules) {
        this.hostingRules = hostingRules;
        this.dialogues = dialogues;
        this.participants = participants;
        this.clock = clock;
        this.scheduled = scheduled;
        this.withdrawals = withdrawals;
    }

    /**
     * A host's proposal takes the first of their places in the symposium (as many as the hosting
     * rule allows, one by default) that is free or holds a declined or cancelled dialogue.
     */
    Dialogue propose(Caller host, DialogueDraft draft) {
        Participant participant = confirmedParticipant(draft.symposiumId(), host.id());
        check(draft, participant, host.id());
        int allowed = hostingRules.findById(draft.symposiumId()).map(HostingRule::dialoguesPerParticipant).orElse(1);
        Dialogue dialogue = null;
        for (int n = 1; n <= allowed && dialogue == null; n++) {
            String id = Dialogue.idFor(draft.symposiumId(), host.id(), n);
            Optional<Dialogue> earlier = dialogues.findById(id);
            if (earlier.isEmpty()) {
                dialogue = Dialogue.propose(id, host.id(), host.displayName(), draft, clock.instant());
            } else if (earlier.get().isClosed()) {
                dialogue = earlier.get();
                dialogue.proposeAgain(draft, clock.instant());
            }
        }
        if (dialogue == null) {
            throw alreadyHosting(allowed);
        }
        try {
            return dialogues.save(dialogue);
        } catch (DuplicateKeyException | OptimisticLockingFailureException twin) {
            throw alreadyHosting(allowed);
        }
    }

    private static RuntimeException alreadyHosting(int allowed) {
        return Problems.conflict("already-hosting", "You already host " + (allowed == 1 ? "a dialogue"
                : allowed + " dialogues") + " in this symposium, as many as its organisers allow; edit "
                + (allowed == 1 ? "it" : "one") + " instead.");
    }

    HostingRule hostingRule(String symposiumId) {
        return hostingRules.findById(symposiumId).orElse(new HostingRule(symposiumId, 1));
    }

    HostingRule setHostingRule(String symposiumId, int dialoguesPerParticipant) {
        return hostingRules.save(new HostingRule(symposiumId, dialoguesPerParticipant));
    }

    Dialogue revise(String id, Caller caller, DialogueDraft draft, Long expectedVersion) {
        Dialogue dialogue = visible(id, caller);
        if (!dialogue.isHostedBy(caller.id())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-a-host", "Only the dialogue's hosts edit it.");
        }
        if (expectedVersion != null && !expectedVersion.equals(dialogue.version())) {
            throw Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-update",
                    "The dialogue changed since you read it; reload and edit again.");
        }
        if (scheduled.test(dialogue.id())) {
            throw Problems.conflict("already-scheduled", "A scheduled dialogue is edited through the organisers.");
        }
        Participant host = confirmedParticipant(dialogue.symposiumId(), dialogue.hostId());
        check(draft, host, dialogue.hostId());
        dialogue.revise(draft, clock.instant());
        return save(dialogue);
    }

    /** What organisers decide about a proposal under review. */
    enum Decision {
        ACCEPT, RETURN, DECLINE
    }

    Dialogue curate(String id, Caller organiser, Decision decision, String comment) {
        Dialogue dialogue = visible(id, organiser);
        switch (decision) {
            case ACCEPT -> dialogue.accept(comment, clock.instant());
            case RETURN -> dialogue.sendBack(comment, clock.instant());
            case DECLINE -> dialogue.decline(comment, clock.instant());
        }
        return save(dialogue);
    }

    /** The host or the organisers call a dialogue off; its slot is freed and its participants are taken out. */
    Dialogue cancel(String id, Caller caller, String comment) {
        Dialogue dialogue = visible(id, caller);
        if (!caller.isOrganiser() && !dialogue.hostId().equals(caller.id())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-the-host", "Only its host or the organisers cancel a dialogue.");
        }
        dialogue.cancel(comment, clock.instant());
        Dialogue saved = save(dialogue);
        withdrawals.publishEvent(new DialogueWithdrawn(saved.id(), saved.symposiumId(), saved.summary().title()));
        return saved;
    }

    /** Hosts, co-hosts and organisers see a dialogue in any state; other members once it is accepted. */
    Dialogue visible(String id, Caller caller) {
        return dialogues.findById(id).filter(d -> isVisible(d, caller))
                .orElseThrow(() -> Problems.notFound("The dialogue"));
    }

    List<Dialogue> list(String symposiumId, Caller caller, DialogueStatus status, String strandId) {
        return dialogues.findBySymposiumId(symposiumId).stream()
                .filter(d -> isVisible(d, caller))
                .filter(d -> status == null || d.status() == status)
                .filter(d -> strandId == null || strandId.equals(d.strandId()))
                .sorted(Comparator.comparing(Dialogue::strandId).thenComparing(Dialogue::id))
                .toList();
    }

    /** The accepted dialogues of a symposium, whole, for the proceedings. */
    public List<DialogueView> accepted(String symposiumId) {
        return dialogues.findBySymposiumId(symposiumId).stream().filter(d -> d.status() == DialogueStatus.ACCEPTED)
                .map(Dialogue::view).toList();
    }

    /** A dialogue as joining sees it, whatever its state. */
    public Optional<DialogueSummary> summary(String dialogueId) {
        return dialogues.findById(dialogueId).map(Dialogue::summary);
    }

    /** A dialogue of the symposium as the programme sees it, whatever its state. */
    public Optional<DialogueSummary> summary(String symposiumId, String dialogueId) {
        return dialogues.findById(dialogueId).filter(d -> d.symposiumId().equals(symposiumId)).map(Dialogue::summary);
    }

    /** Confirmed participants who host nothing yet (a declined dialogue does not count). */
    List<String> withoutDialogue(String symposiumId) {
        Set<String> hosting = dialogues.findBySymposiumId(symposiumId).stream()
                .filter(d -> !d.isClosed()).map(Dialogue::hostId).collect(Collectors.toSet());
        return participants.confirmedIn(symposiumId).stream().map(Participant::memberId)
                .filter(member -> !hosting.contains(member)).sorted().toList();
    }

    private static boolean isVisible(Dialogue dialogue, Caller caller) {
        return caller.isOrganiser() || dialogue.isHostedBy(caller.id())
                || dialogue.status() == DialogueStatus.ACCEPTED;
    }

    private Participant confirmedParticipant(String symposiumId, String memberId) {
        return participants.confirmed(symposiumId, memberId).orElseThrow(() -> Problems.of(HttpStatus.FORBIDDEN,
                "not-a-participant", "Only confirmed participants of this symposium host dialogues."));
    }

    private void check(DialogueDraft draft, Participant host, String hostId) {
        if (!host.strands().contains(draft.strandId())) {
            throw Problems.invalid("strandId", "is one of your strands: " + String.join(", ", host.strands()));
        }
        if (new HashSet<>(draft.principles()).size() != draft.principles().size()) {
            throw Problems.invalid("principles", "names each principle once");
        }
        if (draft.mode() != DialogueMode.IN_PERSON && draft.meetingUrl() == null) {
            throw Problems.invalid("meetingUrl", "is required for a " + draft.mode() + " dialogue");
        }
        List<String> coHosts = draft.coHostIds() == null ? List.of() : draft.coHostIds();
        if (new HashSet<>(coHosts).size() != coHosts.size() || coHosts.contains(hostId)) {
            throw Problems.invalid("coHostIds", "names each co-host once, and not the host");
        }
        for (String coHost : coHosts) {
            if (participants.confirmed(draft.symposiumId(), coHost).isEmpty()) {
                throw Problems.invalid("coHostIds", "are confirmed participants of this symposium; " + coHost + " is not");
            }
        }
    }

    private Dialogue save(Dialogue dialogue) {
        try {
            return dialogues.save(dialogue);
        } catch (OptimisticLockingFailureException concurrent) {
            throw Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-update",
                    "The dialogue changed at the same moment; reload and try again.");
        }
    }

    /** A host's new name is shown on their dialogues from now on (proposals, programme, proceedings). */
    @EventListener
    void memberRenamed(MemberRenamed renamed) {
        renameHost(renamed.memberId(), renamed.displayName());
    }

    /** An erased host's dialogues stay (others took part in them) but no longer name them. */
    @EventListener
    void memberForgotten(MemberForgotten erased) {
        renameHost(erased.memberId(), MemberForgotten.SHOWN_AS);
    }

    private void renameHost(String hostId, String name) {
        for (Dialogue dialogue : dialogues.findByHostId(hostId)) {
            if (dialogue.renameHost(name)) {
                dialogues.save(dialogue);
            }
        }
    }
}
