package org.lfpl.dialogue.proposal;

import org.springframework.data.mongodb.repository.MongoRepository;

interface HostingRuleRepository extends MongoRepository<HostingRule, String> {}
