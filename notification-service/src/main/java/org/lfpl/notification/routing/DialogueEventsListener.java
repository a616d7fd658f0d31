package org.lfpl.notification.routing;

import io.cloudevents.CloudEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.lfpl.dialogue.events.ContributionPosted;
import org.lfpl.dialogue.events.DialogueAccepted;
import org.lfpl.dialogue.events.DialogueCancelled;
import org.lfpl.dialogue.events.DialogueDeclined;
import org.lfpl.dialogue.events.DialogueJoined;
import org.lfpl.dialogue.events.DialogueLeft;
import org.lfpl.dialogue.events.DialogueProposed;
import org.lfpl.dialogue.events.DialogueRescheduled;
import org.lfpl.dialogue.events.DialogueReturned;
import org.lfpl.dialogue.events.DialogueScheduled;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.dialogue.events.ProgrammePublished;
import org.lfpl.dialogue.events.SessionFacts;
import org.lfpl.events.backbone.consume.IncomingEvent;
import org.lfpl.notification.audience.Audiences;
import org.lfpl.notification.audience.DialogueAudience;
import org.lfpl.notification.delivery.Dispatcher;
import org.lfpl.notification.summary.OrganiserSummaries;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Routes dialogue-service's events. Hosts and co-hosts: curation decisions, their dialogue's place
 * in the programme, and each participant who joins or leaves (with why). Hosts and joined
 * participants: a move, a cancellation, a new post (not to its author). Every confirmed participant:
 * the published programme. Members are never named here (consent lives with registration-service).
 */
@Component
class DialogueEventsListener {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Audiences audiences;
    private final Dispatcher dispatcher;
    private final OrganiserSummaries summaries;

    DialogueEventsListener(Audiences audiences, Dispatcher dispatcher, OrganiserSummaries summaries) {
        this.audiences = audiences;
        this.dispatcher = dispatcher;
        this.summaries = summaries;
    }

    @KafkaListener(id = "notification-dialogue-events", idIsGroup = false, topics = DialogueTopics.EVENTS)
    void on(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        if (event.is(DialogueProposed.class)) {
            DialogueAudience dialogue = audiences.dialogue(event.data(DialogueProposed.class).dialogue(), event.time());
            summaries.proposal(dialogue.symposiumId(), dialogue.dialogueId(), event.time());
        } else if (event.is(DialogueAccepted.class)) {
            DialogueAudience dialogue = audiences.dialogue(event.data(DialogueAccepted.class).dialogue(), event.time());
            toHosts(event, dialogue, "Your dialogue was accepted",
                    "\"" + dialogue.title() + "\" is accepted; the organisers will give it a place in the programme.");
        } else if (event.is(DialogueReturned.class)) {
            DialogueReturned returned = event.data(DialogueReturned.class);
            DialogueAudience dialogue = audiences.dialogue(returned.dialogue(), event.time());
            toHosts(event, dialogue, "Your proposal needs a revision",
                    "The organisers returned \"" + dialogue.title() + "\": " + returned.comment());
        } else if (event.is(DialogueDeclined.class)) {
            DialogueAudience dialogue = audiences.dialogue(event.data(DialogueDeclined.class).dialogue(), event.time());
            toHosts(event, dialogue, "Your proposal was declined",
                    "The organisers declined \"" + dialogue.title() + "\"; you may propose another dialogue.");
        } else if (event.is(DialogueCancelled.class)) {
            DialogueAudience dialogue = audiences.dialogue(event.data(DialogueCancelled.class).dialogue(), event.time());
            audiences.unscheduled(dialogue.dialogueId());
            toHosts(event, dialogue, "Your dialogue was cancelled", "\"" + dialogue.title() + "\" will not take place.");
        } else if (event.is(DialogueScheduled.class)) {
            DialogueAudience dialogue = audiences.session(event.data(DialogueScheduled.class).session());
            dispatcher.deliverToAll(dialogue.hostIds(), event.id(), "dialogue", "Your dialogue has its place",
                    "\"" + dialogue.title() + "\": " + where(dialogue) + ".", link(dialogue), event.time(),
                    CalendarInvite.of(dialogue, event.time()));
        } else if (event.is(DialogueRescheduled.class)) {
            DialogueRescheduled moved = event.data(DialogueRescheduled.class);
            DialogueAudience dialogue = audiences.session(moved.session());
            dispatcher.deliverToAll(dialogue.everyone(), event.id(), "dialogue", "A dialogue moved", "\""
                    + dialogue.title() + "\" moved from " + where(moved.previous()) + " to " + where(dialogue) + ".",
                    link(dialogue), event.time(), CalendarInvite.of(dialogue, event.time()));
        } else if (event.is(ProgrammePublished.class)) {
            ProgrammePublished programme = event.data(ProgrammePublished.class);
            programme.sessions().forEach(audiences::session);
            dispatcher.deliverToAll(audiences.confirmedIn(programme.symposiumId()), event.id(), "programme",
                    "The programme is published", "The programme of " + audiences.symposiumTitle(programme.symposiumId())
                            + " is out: " + dialogues(programme.sessions().size()) + ". Choose the ones you will join.",
                    "/symposia/" + programme.symposiumId() + "/programme", event.time());
        } else if (event.is(ContributionPosted.class)) {
            ContributionPosted posted = event.data(ContributionPosted.class);
            DialogueAudience dialogue = known(posted.dialogueId());
            dispatcher.deliverToAll(dialogue.everyone().stream().filter(m -> !m.equals(posted.authorId())).toList(),
                    event.id(), "discussion", "New post in a dialogue", "Someone posted in \"" + dialogue.title() + "\".",
                    link(dialogue) + "#discussion", event.time());
        } else {
            membership(event);
        }
    }

    private void membership(IncomingEvent event) {
        if (event.is(DialogueJoined.class)) {
            DialogueJoined joined = event.data(DialogueJoined.class);
            audiences.joined(joined.dialogueId(), joined.memberId());
            DialogueAudience dialogue = known(joined.dialogueId());
            toHosts(event, dialogue, "A participant joined your dialogue", "Someone joined \"" + dialogue.title() + "\".");
        } else if (event.is(DialogueLeft.class)) {
            DialogueLeft left = event.data(DialogueLeft.class);
            audiences.left(left.dialogueId(), left.memberId());
            DialogueAudience dialogue = known(left.dialogueId());
            String title = dialogue.title();
            switch (left.reason()) {
                case "DIALOGUE_CANCELLED" -> dispatcher.deliverToAll(List.of(left.memberId()), event.id(), "dialogue",
                        "A dialogue you joined was cancelled", "\"" + title + "\" will not take place; it is no longer "
                                + "on your agenda.", link(dialogue), event.time());
                case "REGISTRATION_ENDED" -> toHosts(event, dialogue, "A participant left your dialogue",
                        "A participant's registration ended, so they left \"" + title + "\".");
                case "STRAND_DROPPED" -> toHosts(event, dialogue, "A participant left your dialogue",
                        "A participant no longer takes part in this strand, so they left \"" + title + "\".");
                default -> toHosts(event, dialogue, "A participant left your dialogue", "Someone left \"" + title + "\".");
            }
        }
    }

    /**
     * The dialogue's audience. Joins and posts travel under other keys than the dialogue's own events,
     * so one may arrive first: failing here lets the listener retry (bounded, then the dead-letter topic).
     */
    private DialogueAudience known(String dialogueId) {
        return audiences.audienceOf(dialogueId)
                .orElseThrow(() -> new IllegalStateException("Dialogue " + dialogueId + " is not known here yet"));
    }

    private void toHosts(IncomingEvent event, DialogueAudience dialogue, String title, String body) {
        dispatcher.deliverToAll(dialogue.hostIds(), event.id(), "dialogue", title, body, link(dialogue), event.time());
    }

    private static String link(DialogueAudience dialogue) {
        return "/dialogues/" + dialogue.dialogueId();
    }

    private static String where(DialogueAudience dialogue) {
        return WHEN.format(dialogue.startsAt()) + " in " + dialogue.roomName();
    }

    private static String where(SessionFacts session) {
        return WHEN.format(session.startsAt()) + " in " + session.roomName();
    }

    private static String dialogues(int count) {
        return count + (count == 1 ? " dialogue" : " dialogues");
    }
}
