package org.lfpl.registration.symposium;

import java.time.Clock;
import java.util.List;
import org.lfpl.registration.seats.Seats;
import org.lfpl.registration.seats.SeatsChanged;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** What organisers do with symposia, and what everyone else may see of them. */
@Service
public class Symposia {

    private final SymposiumRepository symposia;
    private final Seats seats;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Symposia(SymposiumRepository symposia, Seats seats, Clock clock, ApplicationEventPublisher events) {
        this.symposia = symposia;
        this.seats = seats;
        this.clock = clock;
        this.events = events;
    }

    /** A symposium the caller may see; drafts are organisers' only and do not exist for anyone else. */
    public Symposium visible(String id, Caller caller) {
        return symposia.findById(id).filter(s -> s.isVisibleTo(caller.isOrganiser()))
                .orElseThrow(() -> Problems.notFound("The symposium"));
    }

    List<Symposium> list(Caller caller) {
        Sort newestFirst = Sort.by(Sort.Direction.DESC, "startsOn");
        return caller.isOrganiser() ? symposia.findAll(newestFirst)
                : symposia.findByStatusIn(List.of(SymposiumStatus.PUBLISHED, SymposiumStatus.CLOSED), newestFirst);
    }

    Symposium create(SymposiumDraft draft) {
        Symposium symposium = Symposium.draft(draft, clock.instant());
        seats.limit(symposium);
        return symposia.save(symposium);
    }

    Symposium edit(String id, SymposiumDraft draft, Long expectedVersion, Caller caller) {
        Symposium symposium = visible(id, caller);
        requireVersion(symposium, expectedVersion);
        symposium.edit(draft, clock.instant());
        seats.limit(symposium); // refuses a capacity or cap below what is already held
        Symposium saved = symposia.save(symposium);
        events.publishEvent(new SeatsChanged(id));
        return saved;
    }

    /** Raising capacity offers the new seats to the waitlist at once. */
    Symposium changeCapacity(String id, int capacity, Caller caller) {
        Symposium symposium = visible(id, caller);
        symposium.changeCapacity(capacity, clock.instant());
        seats.limit(symposium);
        Symposium saved = symposia.save(symposium);
        events.publishEvent(new SeatsChanged(id));
        return saved;
    }

    Symposium publish(String id, Caller caller) {
        Symposium symposium = visible(id, caller);
        symposium.publish(clock.instant());
        return symposia.save(symposium);
    }

    Symposium close(String id, Caller caller) {
        Symposium symposium = visible(id, caller);
        symposium.close(clock.instant());
        return symposia.save(symposium);
    }

    Symposium copy(String id, Caller caller) {
        Symposium copy = visible(id, caller).copyAsDraft(clock.instant());
        seats.limit(copy);
        return symposia.save(copy);
    }

    private static void requireVersion(Symposium symposium, Long expected) {
        if (expected != null && !expected.equals(symposium.version())) {
            throw Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-update",
                    "The symposium changed since you loaded it. Reload it and try again.");
        }
    }
}
