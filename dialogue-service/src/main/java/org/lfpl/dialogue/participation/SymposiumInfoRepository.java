package org.lfpl.dialogue.participation;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SymposiumInfoRepository extends MongoRepository<SymposiumInfo, String> {}
