package org.lfpl.registration.member;

import java.time.Instant;
import java.util.List;

/**
 * A member's profile as the member (or an organiser) sees it. {@code roles} are the caller's own
 * platform roles from their token, given only on {@code /members/me} (so the portal knows which pages
 * to offer); empty elsewhere.
 */
public record MemberView(
        String id,
        String username,
        String displayName,
        String email,
        MemberCategory category,
        String organisation,
        OrganisationType organisationType,
        String country,
        String bio,
        String preferredLanguage,
        String timeZone,
        List<String> interests,
        boolean listedInDirectory,
        boolean nameSharedWithPartners,
        Instant updatedAt,
        List<String> roles) {

    /** Keycloak adds its own (default-roles-lfpl, offline_access...); only the platform's are given. */
    private static final java.util.Set<String> PLATFORM_ROLES = java.util.Set.of("member", "school", "researcher", "partner",
            "organiser");

    MemberView withRoles(java.util.Collection<String> callerRoles) {
        return new MemberView(id, username, displayName, email, category, organisation, organisationType, country, bio,
                preferredLanguage, timeZone, interests, listedInDirectory, nameSharedWithPartners, updatedAt,
                callerRoles.stream().filter(PLATFORM_ROLES::contains).sorted().toList());
    }
}
