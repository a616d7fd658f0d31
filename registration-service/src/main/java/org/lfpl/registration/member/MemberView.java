package org.lfpl.registration.member;

import java.time.Instant;
import java.util.List;

/** A member's profile as the member (or an organiser) sees it. */
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
        Instant updatedAt) {}
