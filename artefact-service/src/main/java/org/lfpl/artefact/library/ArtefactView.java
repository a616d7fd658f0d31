package org.lfpl.artefact.library;

import java.time.Instant;
import java.util.List;

/**
 * An artefact as the API shows it. Owners appear by member id only: names come from the
 * participant directory, which honours each member's consent.
 */
public record ArtefactView(String id, String symposiumId, String ownerId, ArtefactKind kind, String category,
        ArtefactDetails details, String url, ArtefactStatus status, String statusReason, VersionView currentVersion,
        List<VersionView> versions, List<DialogueLink> dialogues, Instant createdAt, Instant updatedAt) {

    /** A version without its storage id; {@code download} is the path to fetch it. */
    public record VersionView(int number, String fileName, String mediaType, long size, String sha256,
            Instant uploadedAt, String download) {}

    public static ArtefactView of(Artefact a) {
        List<VersionView> versions = a.versions().stream().map(v -> new VersionView(v.number(), v.fileName(),
                v.mediaType(), v.size(), v.sha256(), v.uploadedAt(),
                "/api/v1/artefacts/" + a.id() + "/versions/" + v.number() + "/file")).toList();
        return new ArtefactView(a.id(), a.symposiumId(), a.ownerId(), a.kind(), a.category(), a.details(), a.url(),
                a.status(), a.statusReason(), versions.isEmpty() ? null : versions.getLast(), versions, a.dialogues(),
                a.createdAt(), a.updatedAt());
    }
}
