package org.lfpl.registration.registration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Offers that ran out expire, and orphaned seats are freed, on a schedule (every instance may run it). */
@Component
class RegistrationHousekeeping {

    private final Registrations registrations;

    RegistrationHousekeeping(Registrations registrations) {
        this.registrations = registrations;
    }

    @Scheduled(fixedDelayString = "${lfpl.registration.housekeeping-interval:30s}",
            initialDelayString = "${lfpl.registration.housekeeping-interval:30s}")
    void run() {
        registrations.expireOffers();
        registrations.reconcile();
    }
}
