package org.lfpl.dialogue;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Dialogue proposals, programme and schedule, joining, discussion, insights, plenary synthesis, proceedings. */
@SpringBootApplication
public class DialogueServiceApplication {

    /** The service's sense of now; tests replace it to move time forward. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(DialogueServiceApplication.class, args);
    }
}
