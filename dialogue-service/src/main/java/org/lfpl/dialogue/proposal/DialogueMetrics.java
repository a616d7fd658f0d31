package org.lfpl.dialogue.proposal;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.lfpl.servicedefaults.metrics.CountsByState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** {@code lfpl_dialogues{state}}: dialogues in each curation state, all symposia. */
@Configuration(proxyBeanMethods = false)
class DialogueMetrics {

    @Bean
    CountsByState dialoguesByState(MongoTemplate mongo) {
        return new CountsByState("lfpl.dialogues", "Dialogues in each curation state, all symposia",
                Arrays.stream(DialogueStatus.values()).map(Enum::name).toList(), () -> {
                    Map<String, Long> counts = new HashMap<>();
                    mongo.aggregate(newAggregation(group("status").count().as("n")), "dialogues", Document.class)
                            .forEach(row -> counts.put(String.valueOf(row.get("_id")), row.get("n", Number.class).longValue()));
                    return counts;
                });
    }
}
