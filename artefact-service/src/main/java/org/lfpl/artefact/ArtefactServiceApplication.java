package org.lfpl.artefact;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The participants' artefact library: files in GridFS and links, with access control. */
@SpringBootApplication
@EnableScheduling
public class ArtefactServiceApplication {

    /** The service's sense of now; tests replace it to move time forward. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(ArtefactServiceApplication.class, args);
    }
}
