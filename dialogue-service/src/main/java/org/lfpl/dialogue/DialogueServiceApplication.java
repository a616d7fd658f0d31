package org.lfpl.dialogue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Dialogue proposals, programme and schedule, joining, discussion, insights, plenary synthesis, proceedings. */
@SpringBootApplication
public class DialogueServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DialogueServiceApplication.class, args);
    }
}
