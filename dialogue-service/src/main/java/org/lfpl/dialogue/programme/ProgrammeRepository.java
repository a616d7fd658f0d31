package org.lfpl.dialogue.programme;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgrammeRepository extends MongoRepository<Programme, String> {

    boolean existsBySessionsDialogueId(String dialogueId);
}
