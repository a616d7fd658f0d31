package org.lfpl.dialogue.insight;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface InsightRepository extends MongoRepository<Insight, String> {

    List<Insight> findByDialogueIdOrderByRecordedAtAsc(String dialogueId);

    List<Insight> findBySymposiumIdOrderByRecordedAtAsc(String symposiumId);

    List<Insight> findByAuthorId(String authorId);
}
