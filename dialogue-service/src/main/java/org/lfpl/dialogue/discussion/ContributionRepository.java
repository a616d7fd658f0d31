package org.lfpl.dialogue.discussion;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ContributionRepository extends MongoRepository<Contribution, String> {

    List<Contribution> findByDialogueIdOrderByPostedAtAsc(String dialogueId, Pageable page);

    List<Contribution> findByAuthorId(String authorId);
}
