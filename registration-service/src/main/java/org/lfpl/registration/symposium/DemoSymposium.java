package org.lfpl.registration.symposium;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * For local runs ({@code lfpl.registration.seed-demo=true}, set by ./lfpl up): one published
 * symposium with the five strands, open for registration, so the platform has something to show.
 */
@Component
@ConditionalOnProperty(name = "lfpl.registration.seed-demo", havingValue = "true")
class DemoSymposium implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSymposium.class);

    private final SymposiumRepository repository;
    private final Symposia symposia;
    private final Clock clock;

    DemoSymposium(SymposiumRepository repository, Symposia symposia, Clock clock) {
        this.repository = repository;
        this.symposia = symposia;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        LocalDate start = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(90);
        Symposium demo = symposia.create(new SymposiumDraft(
                "International Working Symposium on Leadership for Learning",
                "Two days of dialogue in five strands: every participant hosts a dialogue and brings an artefact.",
                start, start.plusDays(1), "Europe/London",
                new Venue("Faculty of Education, Cambridge", "https://meet.example.org/lfpl-symposium"),
                100, clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(60)),
                ApprovalMode.AUTOMATIC, null, null, null));
        demo.publish(clock.instant());
        repository.save(demo);
        log.info("Seeded the demo symposium {}", demo.id());
    }
}
