package org.lfpl.dialogue.events;

import java.util.List;

/**
 * What every dialogue event tells a consumer (notifications, the portal's live view) without a
 * call back: who hosts it, where it sits in the symposium, and its state.
 *
 * @param dialogueId  stable id of the dialogue
 * @param symposiumId the symposium it belongs to
 * @param strandId    the strand it is in (one of the host's strands)
 * @param title       what participants see
 * @param hostId      the hosting member (Keycloak subject)
 * @param coHostIds   co-hosting members
 * @param principles  the principles it addresses, as numbers 1 to 5 of the LfPL framework
 * @param status      the state after the change: PROPOSED, RETURNED, ACCEPTED or DECLINED
 */
public record DialogueFacts(String dialogueId, String symposiumId, String strandId, String title, String hostId,
        List<String> coHostIds, List<Integer> principles, String status) {}
