package org.lfpl.registration.registration;

import java.util.EnumSet;
import java.util.Set;

/** Where a registration stands. */
public enum RegistrationState {
    PENDING_APPROVAL, CONFIRMED, WAITLISTED, OFFERED, CANCELLED, REJECTED, EXPIRED;

    static final Set<RegistrationState> ACTIVE = EnumSet.of(PENDING_APPROVAL, CONFIRMED, WAITLISTED, OFFERED);
    static final Set<RegistrationState> HOLDING_A_SEAT = EnumSet.of(CONFIRMED, OFFERED);

    boolean isActive() {
        return ACTIVE.contains(this);
    }

    boolean holdsASeat() {
        return HOLDING_A_SEAT.contains(this);
    }
}
