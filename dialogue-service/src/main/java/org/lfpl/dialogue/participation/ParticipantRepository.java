package org.lfpl.dialogue.participation;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ParticipantRepository extends MongoRepository<Participant, String> {

    List<Participant> findBySymposiumIdAndState(String symposiumId, String state);

    List<Participant> findByMemberId(String memberId);
}
