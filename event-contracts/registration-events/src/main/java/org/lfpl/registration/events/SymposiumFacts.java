package org.lfpl.registration.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A symposium as other services need it: its dates and zone for scheduling, its strands for
 * eligibility and programme views. No personal data.
 */
public record SymposiumFacts(String symposiumId, String title, LocalDate startsOn, LocalDate endsOn, String timeZone,
        List<StrandFacts> strands, int maxStrandsPerParticipant, String status) {

    /** One thematic strand. */
    public record StrandFacts(String strandId, String title) {}
}
