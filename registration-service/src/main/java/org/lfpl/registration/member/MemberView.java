package org.lfpl.registration.member;

import java.time.Instant;

/** A member's profile as the member (or an organiser) sees it. */
public record MemberView(
        String id,
        String username,
        String displayName,
        String email,
        String organisation,
        String country,
        String bio,
        String preferredLanguage,
        String timeZone,
        boolean listedInDirectory,
        boolean nameSharedWithPartners,
        Instant updatedAt) {}
