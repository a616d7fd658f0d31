package org.lfpl.registration.symposium;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A symposium as it is shown; {@code version} is also the ETag for edits. */
public record SymposiumView(String id, String title, String description, LocalDate startsOn, LocalDate endsOn,
        String timeZone, Venue venue, int capacity, Instant registrationOpensAt, Instant registrationClosesAt,
        ApprovalMode approvalMode, List<Strand> strands, int maxStrandsPerParticipant, int offerClaimWindowHours,
        SymposiumStatus status, Long version) {}
