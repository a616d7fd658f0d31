package org.lfpl.dialogue.proposal;

import java.util.Arrays;
import org.lfpl.servicedefaults.metrics.CountsByState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** {@code lfpl_dialogues{state}}: dialogues in each curation state, all symposia. */
@Configuration(proxyBeanMethods = false)
class DialogueMetrics {

    @Bean
    CountsByState dialoguesByState(MongoTemplate mongo) {
        return CountsByState.ofField(mongo, "dialogues", "status", "lfpl.dialogues",
                "Dialogues in each curation state, all symposia",
                Arrays.stream(DialogueStatus.values()).map(Enum::name).toList());
    }
}
