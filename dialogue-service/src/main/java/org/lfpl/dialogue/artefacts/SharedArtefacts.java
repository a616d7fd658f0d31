package org.lfpl.dialogue.artefacts;

import io.cloudevents.CloudEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lfpl.artefact.events.ArtefactFacts;
import org.lfpl.artefact.events.ArtefactLinked;
import org.lfpl.artefact.events.ArtefactTopics;
import org.lfpl.artefact.events.ArtefactUnlinked;
import org.lfpl.artefact.events.ArtefactUploaded;
import org.lfpl.artefact.events.ArtefactVersionAdded;
import org.lfpl.artefact.events.ArtefactWithdrawn;
import org.lfpl.events.backbone.consume.IncomingEvent;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Service;

/**
 * The artefacts participants linked to dialogues, kept from artefact-service's events (every event
 * carries the artefact's whole facts, keyed by artefact, so the latest one is the truth).
 */
@Service
public class SharedArtefacts {

    private final MongoTemplate mongo;

    SharedArtefacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @KafkaListener(id = "dialogue-artefact-events", idIsGroup = false, topics = ArtefactTopics.EVENTS)
    void on(CloudEvent cloudEvent) {
        IncomingEvent event = new IncomingEvent(cloudEvent);
        ArtefactFacts facts = null;
        if (event.is(ArtefactUploaded.class)) {
            facts = event.data(ArtefactUploaded.class).artefact();
        } else if (event.is(ArtefactVersionAdded.class)) {
            facts = event.data(ArtefactVersionAdded.class).artefact();
        } else if (event.is(ArtefactLinked.class)) {
            facts = event.data(ArtefactLinked.class).artefact();
        } else if (event.is(ArtefactUnlinked.class)) {
            facts = event.data(ArtefactUnlinked.class).artefact();
        } else if (event.is(ArtefactWithdrawn.class)) {
            facts = event.data(ArtefactWithdrawn.class).artefact();
        }
        if (facts == null) {
            return;
        }
        SharedArtefact known = mongo.findById(facts.artefactId(), SharedArtefact.class);
        if (known == null || !event.time().isBefore(known.asOf())) {
            mongo.save(new SharedArtefact(facts.artefactId(), facts.symposiumId(), facts.title(), facts.kind(),
                    facts.licence(), List.copyOf(facts.dialogueIds()), facts.status(), event.time()));
        }
    }

    /** Available artefacts of the symposium by the dialogue they are linked to, oldest first. */
    public Map<String, List<SharedArtefact>> byDialogue(String symposiumId) {
        Map<String, List<SharedArtefact>> byDialogue = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("symposiumId").is(symposiumId).and("status").is("AVAILABLE"))
                        .with(Sort.by("asOf")), SharedArtefact.class)
                .forEach(a -> a.dialogueIds().forEach(d -> byDialogue.computeIfAbsent(d, k -> new java.util.ArrayList<>()).add(a)));
        return byDialogue;
    }
}
