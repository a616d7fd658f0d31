package org.lfpl.registration.events;

import java.util.List;

/**
 * What every registration event tells a consumer, so it can decide eligibility (may this member
 * join a dialogue in this strand?) without calling back.
 *
 * @param registrationId stable id of the member's registration for the symposium
 * @param symposiumId    the symposium
 * @param memberId       the member (Keycloak subject)
 * @param strands        the strand ids the member chose, 1 to the symposium's maximum
 * @param state          the state after the change: PENDING_APPROVAL, CONFIRMED, WAITLISTED, OFFERED,
 *                       CANCELLED, REJECTED or EXPIRED
 */
public record RegistrationFacts(String registrationId, String symposiumId, String memberId, List<String> strands,
        String state) {}
