package org.lfpl.notification.webhooks;

import io.cloudevents.CloudEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lfpl.artefact.events.ArtefactFacts;
import org.lfpl.artefact.events.ArtefactTopics;
import org.lfpl.artefact.events.ArtefactUploaded;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.dialogue.events.ProgrammePublished;
import org.lfpl.events.backbone.consume.IncomingEvent;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.registration.events.SymposiumFacts;
import org.lfpl.registration.events.SymposiumPublished;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events partners may receive, made from the platform's own events by keeping only what is
 * public: a published symposium and its strands, a published programme (titles, times, rooms; no
 * hosts), and artefacts their owners made PUBLIC (no owner). Nothing about members ever goes out.
 */
@Component
class PartnerEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Its own consumer group: in the service's group these listeners would share each topic's
     * partitions with the notification routing and each would see only part of the events.
     */
    static final String GROUP = "${spring.kafka.consumer.group-id:${spring.application.name}}-webhooks";

    private final Webhooks webhooks;

    PartnerEvents(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @KafkaListener(id = "notification-partner-registration-events", groupId = GROUP, topics = RegistrationTopics.EVENTS)
    void registration(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        if (event.is(SymposiumPublished.class)) {
            SymposiumFacts s = event.data(SymposiumPublished.class).symposium();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("symposiumId", s.symposiumId());
            payload.put("title", s.title());
            payload.put("startsOn", String.valueOf(s.startsOn()));
            payload.put("endsOn", String.valueOf(s.endsOn()));
            payload.put("timeZone", s.timeZone());
            payload.put("strands", s.strands().stream().map(t -> Map.of("strandId", t.strandId(), "title", t.title())).toList());
            queue(event, "symposium.published", payload);
        }
    }

    @KafkaListener(id = "notification-partner-dialogue-events", groupId = GROUP, topics = DialogueTopics.EVENTS)
    void dialogue(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        if (event.is(ProgrammePublished.class)) {
            ProgrammePublished programme = event.data(ProgrammePublished.class);
            List<Map<String, Object>> sessions = programme.sessions().stream().map(s -> {
                Map<String, Object> session = new LinkedHashMap<>();
                session.put("dialogueId", s.dialogueId());
                session.put("title", s.title());
                session.put("strandId", s.strandId());
                session.put("startsAt", s.startsAt().toString());
                session.put("endsAt", s.endsAt().toString());
                session.put("roomName", s.roomName());
                return session;
            }).toList();
            queue(event, "programme.published", Map.of("symposiumId", programme.symposiumId(), "sessions", sessions));
        }
    }

    @KafkaListener(id = "notification-partner-artefact-events", groupId = GROUP, topics = ArtefactTopics.EVENTS)
    void artefact(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        if (event.is(ArtefactUploaded.class)) {
            ArtefactFacts a = event.data(ArtefactUploaded.class).artefact();
            if ("PUBLIC".equals(a.visibility()) && "AVAILABLE".equals(a.status())) {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("artefactId", a.artefactId());
                payload.put("symposiumId", a.symposiumId());
                payload.put("title", a.title());
                payload.put("kind", a.kind());
                payload.put("licence", a.licence());
                payload.put("strandIds", a.strandIds());
                payload.put("principles", a.principles());
                queue(event, "artefact.published", payload);
            }
        }
    }

    private void queue(IncomingEvent event, String type, Map<String, Object> payload) {
        webhooks.queue(event.id(), type, event.time(), JSON.writeValueAsString(payload));
    }
}
