package org.lfpl.artefact.dialogues;

import io.cloudevents.CloudEvent;
import java.util.Optional;
import org.lfpl.dialogue.events.DialogueAccepted;
import org.lfpl.dialogue.events.DialogueCancelled;
import org.lfpl.dialogue.events.DialogueDeclined;
import org.lfpl.dialogue.events.DialogueFacts;
import org.lfpl.dialogue.events.DialogueProposed;
import org.lfpl.dialogue.events.DialogueReturned;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.events.backbone.consume.IncomingEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Service;

/**
 * The dialogues of every symposium, kept from dialogue-service's events (keyed by dialogue, so in
 * order per dialogue). Declined and cancelled dialogues stay known, so links to them can be flagged.
 */
@Service
public class KnownDialogues {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher inProcess;

    KnownDialogues(MongoTemplate mongo, ApplicationEventPublisher inProcess) {
        this.mongo = mongo;
        this.inProcess = inProcess;
    }

    public Optional<KnownDialogue> find(String dialogueId) {
        return Optional.ofNullable(mongo.findById(dialogueId, KnownDialogue.class));
    }

    @KafkaListener(id = "artefact-dialogue-events", idIsGroup = false, topics = DialogueTopics.EVENTS)
    void on(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        if (event.is(DialogueCancelled.class)) {
            apply(event, event.data(DialogueCancelled.class).dialogue(), "CANCELLED");
        } else if (event.is(DialogueDeclined.class)) {
            apply(event, event.data(DialogueDeclined.class).dialogue(), "DECLINED");
        } else if (event.is(DialogueProposed.class)) {
            apply(event, event.data(DialogueProposed.class).dialogue(), null);
        } else if (event.is(DialogueAccepted.class)) {
            apply(event, event.data(DialogueAccepted.class).dialogue(), null);
        } else if (event.is(DialogueReturned.class)) {
            apply(event, event.data(DialogueReturned.class).dialogue(), null);
        }
    }

    private void apply(IncomingEvent event, DialogueFacts facts, String closedAs) {
        KnownDialogue known = mongo.findById(facts.dialogueId(), KnownDialogue.class);
        if (known == null || !event.time().isBefore(known.asOf())) {
            String status = closedAs != null ? closedAs : facts.status();
            known = mongo.save(new KnownDialogue(facts.dialogueId(), facts.symposiumId(), facts.title(), status,
                    event.time()));
        }
        if (!known.takesPlace()) {
            // Also on a redelivery: flagging is idempotent, and the first attempt may have failed half way.
            inProcess.publishEvent(new DialogueClosed(known.dialogueId(), known.status()));
        }
    }
}
