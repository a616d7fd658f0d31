package org.lfpl.artefact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The participants' artefact library: files in GridFS and links, with access control. */
@SpringBootApplication
public class ArtefactServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ArtefactServiceApplication.class, args);
    }
}
