package org.lfpl.notification.routing;

import io.cloudevents.CloudEvent;
import org.lfpl.dialogue.events.DialogueAccepted;
import org.lfpl.dialogue.events.DialogueCancelled;
import org.lfpl.dialogue.events.DialogueDeclined;
import org.lfpl.dialogue.events.DialogueFacts;
import org.lfpl.dialogue.events.DialogueJoined;
import org.lfpl.dialogue.events.DialogueLeft;
import org.lfpl.dialogue.events.DialogueProposed;
import org.lfpl.dialogue.events.DialogueReturned;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.events.backbone.consume.IncomingEvent;
import org.lfpl.notification.inapp.InAppNotifications;
import org.lfpl.notification.inapp.Notification;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Tells hosts what happens to their dialogues: curation decisions, and every participant who joins
 * or leaves (with why: left, registration ended, strand dropped); tells a participant when a
 * dialogue they joined is cancelled. Names of members are never used here (consent lives with
 * registration-service); each notification is stored once per event and recipient.
 */
@Component
class DialogueEventsListener {

    private final MongoTemplate mongo;
    private final InAppNotifications inApp;

    DialogueEventsListener(MongoTemplate mongo, InAppNotifications inApp) {
        this.mongo = mongo;
        this.inApp = inApp;
    }

    @KafkaListener(id = "notification-dialogue-events", idIsGroup = false, topics = DialogueTopics.EVENTS)
    void on(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        if (event.is(DialogueProposed.class)) {
            remember(event, event.data(DialogueProposed.class).dialogue());
        } else if (event.is(DialogueAccepted.class)) {
            DialogueFacts dialogue = remember(event, event.data(DialogueAccepted.class).dialogue());
            toHosts(event, hostsOf(dialogue), "Your dialogue was accepted",
                    "\"" + dialogue.title() + "\" is accepted; the organisers will give it a place in the programme.");
        } else if (event.is(DialogueReturned.class)) {
            DialogueReturned returned = event.data(DialogueReturned.class);
            DialogueFacts dialogue = remember(event, returned.dialogue());
            toHosts(event, hostsOf(dialogue), "Your proposal needs a revision",
                    "The organisers returned \"" + dialogue.title() + "\": " + returned.comment());
        } else if (event.is(DialogueDeclined.class)) {
            DialogueFacts dialogue = remember(event, event.data(DialogueDeclined.class).dialogue());
            toHosts(event, hostsOf(dialogue), "Your proposal was declined",
                    "The organisers declined \"" + dialogue.title() + "\"; you may propose another dialogue.");
        } else if (event.is(DialogueCancelled.class)) {
            remember(event, event.data(DialogueCancelled.class).dialogue());
        } else if (event.is(DialogueJoined.class)) {
            DialogueJoined joined = event.data(DialogueJoined.class);
            DialogueHosts hosts = known(joined.dialogueId());
            toHosts(event, hosts, "A participant joined your dialogue", "Someone joined \"" + hosts.title() + "\".");
        } else if (event.is(DialogueLeft.class)) {
            left(event, event.data(DialogueLeft.class));
        }
    }

    private void left(IncomingEvent event, DialogueLeft left) {
        DialogueHosts hosts = known(left.dialogueId());
        String link = "/dialogues/" + left.dialogueId();
        switch (left.reason()) {
            case "DIALOGUE_CANCELLED" -> inApp.deliver(Notification.of(event.id(), left.memberId(), "dialogue",
                    "A dialogue you joined was cancelled", "\"" + hosts.title() + "\" will not take place; "
                            + "it is no longer on your agenda.", link, event.time()));
            case "REGISTRATION_ENDED" -> toHosts(event, hosts, "A participant left your dialogue",
                    "A participant's registration ended, so they left \"" + hosts.title() + "\".");
            case "STRAND_DROPPED" -> toHosts(event, hosts, "A participant left your dialogue",
                    "A participant no longer takes part in this strand, so they left \"" + hosts.title() + "\".");
            default -> toHosts(event, hosts, "A participant left your dialogue",
                    "Someone left \"" + hosts.title() + "\".");
        }
    }

    private DialogueFacts remember(IncomingEvent event, DialogueFacts dialogue) {
        DialogueHosts known = mongo.findById(dialogue.dialogueId(), DialogueHosts.class);
        if (known == null || !event.time().isBefore(known.asOf())) {
            mongo.save(new DialogueHosts(dialogue.dialogueId(), dialogue.title(), dialogue.hostId(), dialogue.coHostIds(),
                    event.time()));
        }
        return dialogue;
    }

    private static DialogueHosts hostsOf(DialogueFacts dialogue) {
        return new DialogueHosts(dialogue.dialogueId(), dialogue.title(), dialogue.hostId(), dialogue.coHostIds(), null);
    }

    /**
     * The dialogue's hosts. Joins travel under another key than the dialogue's own events, so one may
     * arrive first: failing here lets the listener retry (bounded, then the dead-letter topic).
     */
    private DialogueHosts known(String dialogueId) {
        DialogueHosts hosts = mongo.findById(dialogueId, DialogueHosts.class);
        if (hosts == null) {
            throw new IllegalStateException("Dialogue " + dialogueId + " is not known here yet");
        }
        return hosts;
    }

    private void toHosts(IncomingEvent event, DialogueHosts hosts, String title, String body) {
        for (String host : hosts.all()) {
            inApp.deliver(Notification.of(event.id(), host, "dialogue", title, body, "/dialogues/" + hosts.dialogueId(),
                    event.time()));
        }
    }
}
