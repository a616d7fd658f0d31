package org.lfpl.artefact.events;

import java.util.List;

/**
 * What every artefact event tells a consumer (proceedings, notifications, partners' webhooks)
 * without a call back. Only facts the artefact's visibility allows to travel: no file bytes, no
 * owner's name (consumers that show names keep their own, consented, copy).
 *
 * @param artefactId  stable id of the artefact
 * @param symposiumId the symposium it belongs to
 * @param ownerId     the member who brought it (Keycloak subject)
 * @param kind        FILE or LINK
 * @param title       what participants see
 * @param strandIds   the strands it speaks to
 * @param principles  the principles it addresses, numbers 1 to 5
 * @param dialogueIds the dialogues it is linked to
 * @param visibility  PARTICIPANTS, NETWORK or PUBLIC
 * @param licence     SPDX-style licence id, e.g. CC-BY-4.0, or ALL-RIGHTS-RESERVED
 * @param version     current version number of a file (1 for the first upload; 0 for a link)
 * @param mediaType   the detected type of the current version (null for a link)
 * @param status      AVAILABLE, WITHDRAWN or TAKEN_DOWN
 */
public record ArtefactFacts(String artefactId, String symposiumId, String ownerId, String kind, String title,
        List<String> strandIds, List<Integer> principles, List<String> dialogueIds, String visibility,
        String licence, int version, String mediaType, String status) {}
