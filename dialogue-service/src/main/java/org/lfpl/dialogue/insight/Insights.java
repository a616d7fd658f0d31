package org.lfpl.dialogue.insight;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lfpl.dialogue.joining.DialogueMembership;
import org.lfpl.dialogue.participation.MemberForgotten;
import org.lfpl.dialogue.participation.MemberRenamed;
import org.lfpl.dialogue.participation.Participants;
import org.lfpl.dialogue.proposal.DialogueSummary;
import org.lfpl.dialogue.proposal.Dialogues;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Recording a dialogue's outputs, and the synthesis board of a symposium. */
@Service
public class Insights {

    private final InsightRepository insights;
    private final Dialogues dialogues;
    private final DialogueMembership membership;
    private final Participants participants;
    private final Clock clock;

    Insights(InsightRepository insights, Dialogues dialogues, DialogueMembership membership, Participants participants,
            Clock clock) {
        this.insights = insights;
        this.dialogues = dialogues;
        this.membership = membership;
        this.participants = participants;
        this.clock = clock;
    }

    Insight record(String dialogueId, Caller caller, InsightDraft draft) {
        DialogueSummary dialogue = dialogues.summary(dialogueId).filter(d -> membership.mayRead(d, caller))
                .orElseThrow(() -> Problems.notFound("The dialogue"));
        if (!membership.isIn(dialogue, caller)) {
            throw Problems.of(HttpStatus.FORBIDDEN, "not-in-dialogue", "Hosts and participants of the dialogue record its outputs.");
        }
        if (draft.principles().stream().distinct().count() != draft.principles().size()) {
            throw Problems.invalid("principles", "names each principle once");
        }
        return insights.save(Insight.record(dialogueId, dialogue.symposiumId(), dialogue.strandId(), dialogue.title(),
                draft, caller.id(), caller.displayName(), clock.instant()));
    }

    List<Insight> ofDialogue(String dialogueId, Caller caller) {
        dialogues.summary(dialogueId).filter(d -> membership.mayRead(d, caller))
                .orElseThrow(() -> Problems.notFound("The dialogue"));
        return insights.findByDialogueIdOrderByRecordedAtAsc(dialogueId);
    }

    Insight mark(String dialogueId, String insightId, PlenaryMark mark) {
        Insight insight = insights.findById(insightId).filter(i -> i.dialogueId().equals(dialogueId))
                .orElseThrow(() -> Problems.notFound("The insight"));
        insight.mark(mark);
        return insights.save(insight);
    }

    /** Confirmed participants and organisers see the whole symposium's board. */
    SynthesisBoard board(String symposiumId, Caller caller) {
        if (!caller.isOrganiser() && participants.confirmed(symposiumId, caller.id()).isEmpty()) {
            throw Problems.notFound("The synthesis board");
        }
        List<Insight> all = insights.findBySymposiumIdOrderByRecordedAtAsc(symposiumId);
        Map<String, Map<InsightKind, Long>> countsByStrand = new TreeMap<>();
        Map<Integer, Long> countsByPrinciple = new TreeMap<>();
        Map<String, List<InsightView>> byStrand = new TreeMap<>();
        for (Insight insight : all) {
            countsByStrand.computeIfAbsent(insight.strandId(), s -> new EnumMap<>(InsightKind.class))
                    .merge(insight.kind(), 1L, Long::sum);
            insight.principles().forEach(p -> countsByPrinciple.merge(p, 1L, Long::sum));
            byStrand.computeIfAbsent(insight.strandId(), s -> new java.util.ArrayList<>()).add(insight.view());
        }
        return new SynthesisBoard(symposiumId, all.size(), countsByStrand, countsByPrinciple,
                all.stream().filter(Insight::plenaryOutcome).map(Insight::view).toList(), new LinkedHashMap<>(byStrand));
    }

    /** Every output of the symposium in the order recorded, for the proceedings. */
    public List<InsightView> ofSymposium(String symposiumId) {
        return insights.findBySymposiumIdOrderByRecordedAtAsc(symposiumId).stream().map(Insight::view).toList();
    }

    @EventListener
    void memberRenamed(MemberRenamed renamed) {
        for (Insight insight : insights.findByAuthorId(renamed.memberId())) {
            if (insight.renameAuthor(renamed.displayName())) {
                insights.save(insight);
            }
        }
    }

    @EventListener
    void memberForgotten(MemberForgotten erased) {
        for (Insight insight : insights.findByAuthorId(erased.memberId())) {
            insight.anonymise();
            insights.save(insight);
        }
    }
}
