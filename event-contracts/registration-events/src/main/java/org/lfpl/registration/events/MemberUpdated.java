package org.lfpl.registration.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/**
 * A member's profile was created or changed. Carries the contact facts other services need to
 * address the member (notifications) and the consent that governs what they may show.
 *
 * @param memberId           the member's stable id (the Keycloak subject)
 * @param displayName        name shown to other members
 * @param email              where notifications are sent; personal, never shown to partners
 * @param preferredLanguage  BCP 47 tag for messages, for example {@code en}
 * @param timeZone           IANA zone for digests and reminders, for example {@code Europe/London}
 * @param listedInDirectory  consent to appear in participant directories
 * @param nameSharedWithPartners consent to show the name to partner organisations
 */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.member.updated", version = 1)
public record MemberUpdated(
        String memberId,
        String displayName,
        String email,
        String preferredLanguage,
        String timeZone,
        boolean listedInDirectory,
        boolean nameSharedWithPartners) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return memberId;
    }
}
