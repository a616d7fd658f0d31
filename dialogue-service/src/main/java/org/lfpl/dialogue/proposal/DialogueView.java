package org.lfpl.dialogue.proposal;

import java.time.Instant;

/** A dialogue as hosts, organisers and (once accepted) participants see it. */
public record DialogueView(String id, String symposiumId, String hostId, String hostName, DialogueStatus status,
        String curatorComment, DialogueDraft proposal, Instant proposedAt, Instant updatedAt, Long version) {}
