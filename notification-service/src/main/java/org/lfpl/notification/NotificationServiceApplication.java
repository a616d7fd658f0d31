package org.lfpl.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import java.time.Clock;

/** In-app, live, email and webhook notifications from the platform's events. */
@SpringBootApplication
@EnableScheduling
public class NotificationServiceApplication {

    /** The service's sense of now; tests replace it to move time forward (digests, reminders). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
