package org.lfpl.registration;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Members, symposia, strands, registrations and waitlists. */
@SpringBootApplication
@EnableScheduling
public class RegistrationServiceApplication {

    /** The service's sense of now; tests replace it to move time forward. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(RegistrationServiceApplication.class, args);
    }
}
