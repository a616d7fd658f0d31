package org.lfpl.registration.registration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Arrays;
import org.lfpl.servicedefaults.metrics.CountsByState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Business metrics of registrations: {@code lfpl_registrations{state}} over all symposia, and
 * {@code lfpl_waitlist_length}, the members waiting for a seat. Read by one aggregation at most
 * every ten seconds, whatever the scrape rate.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationMetrics {

    @Bean
    CountsByState registrationsByState(MongoTemplate mongo) {
        return CountsByState.ofField(mongo, "registrations", "state", "lfpl.registrations",
                "Registrations in each state, all symposia",
                Arrays.stream(RegistrationState.values()).map(Enum::name).toList());
    }

    @Bean
    MeterBinder waitlistLength(CountsByState registrationsByState) {
        return registry -> Gauge.builder("lfpl.waitlist.length", registrationsByState,
                        counts -> counts.count(RegistrationState.WAITLISTED.name()))
                .description("Members waiting for a seat, all symposia").register(registry);
    }
}
