package org.lfpl.dialogue.discussion;

import java.time.Instant;
import java.util.List;

/** A post as readers see it; a deleted or hidden one keeps its place with no text. */
public record ContributionView(String id, String dialogueId, String parentId, String authorId, String authorName,
        String markdown, String html, List<String> artefactIds, Instant postedAt, Instant editedAt, boolean deleted,
        boolean hidden) {}
