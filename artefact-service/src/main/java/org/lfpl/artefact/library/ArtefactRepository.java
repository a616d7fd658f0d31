package org.lfpl.artefact.library;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ArtefactRepository extends MongoRepository<Artefact, String> {

    List<Artefact> findByOwnerId(String ownerId);

    List<Artefact> findByDialogueIds(String dialogueId);

    List<Artefact> findBySymposiumIdAndStatus(String symposiumId, ArtefactStatus status);

    List<Artefact> findByOwnerIdAndSymposiumIdAndSha256s(String ownerId, String symposiumId, String sha256);
}
