package org.lfpl.dialogue.proposal;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface DialogueRepository extends MongoRepository<Dialogue, String> {

    List<Dialogue> findBySymposiumId(String symposiumId);

    List<Dialogue> findByHostId(String hostId);
}
