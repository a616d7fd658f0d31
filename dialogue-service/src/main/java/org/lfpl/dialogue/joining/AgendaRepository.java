package org.lfpl.dialogue.joining;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AgendaRepository extends MongoRepository<Agenda, String> {

    List<Agenda> findByMemberId(String memberId);
}
