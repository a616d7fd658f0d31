package org.lfpl.notification.routing;

import io.cloudevents.CloudEvent;
import java.util.List;
import org.lfpl.artefact.events.ArtefactFacts;
import org.lfpl.artefact.events.ArtefactLinked;
import org.lfpl.artefact.events.ArtefactTopics;
import org.lfpl.events.backbone.consume.IncomingEvent;
import org.lfpl.notification.audience.Audiences;
import org.lfpl.notification.delivery.Dispatcher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** An artefact linked to a dialogue is news for its hosts and participants (not for whoever shared it). */
@Component
class ArtefactEventsListener {

    private final Audiences audiences;
    private final Dispatcher dispatcher;

    ArtefactEventsListener(Audiences audiences, Dispatcher dispatcher) {
        this.audiences = audiences;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(id = "notification-artefact-events", idIsGroup = false, topics = ArtefactTopics.EVENTS)
    void on(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        if (!event.is(ArtefactLinked.class)) {
            return;
        }
        ArtefactLinked linked = event.data(ArtefactLinked.class);
        ArtefactFacts artefact = linked.artefact();
        if (!"AVAILABLE".equals(artefact.status())) {
            return;
        }
        audiences.audienceOf(linked.dialogueId()).ifPresent(dialogue -> {
            List<String> told = dialogue.everyone().stream().filter(m -> !m.equals(artefact.ownerId())).toList();
            dispatcher.deliverToAll(told, event.id(), "artefact", "An artefact was shared for your dialogue",
                    "\"" + artefact.title() + "\" was shared for \"" + dialogue.title() + "\".",
                    "/artefacts/" + artefact.artefactId(), event.time());
        });
    }
}
