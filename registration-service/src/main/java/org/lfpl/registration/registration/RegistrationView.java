package org.lfpl.registration.registration;

import java.time.Instant;
import java.util.List;

/**
 * A registration as its member or an organiser sees it. {@code waitlistPosition} is 1 for the next
 * in line; {@code offerExpiresAt} is the deadline to accept an offered seat.
 */
public record RegistrationView(String id, String symposiumId, String memberId, String memberName,
        List<String> strands, RegistrationState state, Integer waitlistPosition, Instant offerExpiresAt,
        Instant submittedAt, RegistrationRequest.Needs needs) {

    /** The same registration showing the member by another name (the one in their profile now). */
    RegistrationView named(String name) {
        return name == null ? this : new RegistrationView(id, symposiumId, memberId, name, strands, state, waitlistPosition,
                offerExpiresAt, submittedAt, needs);
    }
}
