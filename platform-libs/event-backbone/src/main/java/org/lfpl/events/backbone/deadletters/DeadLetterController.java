package org.lfpl.events.backbone.deadletters;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisers' view of this service's dead letters: list them, and replay one to the consumer that
 * failed once the cause is mended. The gateway publishes it as
 * {@code /api/v1/admin/<service>/dead-letters}.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
@PreAuthorize("hasRole('organiser')")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** The dead-letter topics of this service and their newest records, newest first. */
    @GetMapping
    public DeadLetterList list(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > DeadLetters.MAX_LIST) {
            throw invalid("limit", "must be between 1 and " + DeadLetters.MAX_LIST);
        }
        return new DeadLetterList(deadLetters.topics(), deadLetters.newest(limit));
    }

    /**
     * Hands the record to the listener that dead-lettered it, in this service only (the other
     * services already handled the event). 200 with the outcome when it was handled; 422 when it
     * failed again (it stays on the dead-letter topic); 409 when it was replayed before.
     */
    @PostMapping("/{topic}/{partition}/{offset}/replay")
    public DeadLetter.Replay replay(@PathVariable String topic, @PathVariable int partition,
            @PathVariable long offset, Principal organiser) {
        if (partition < 0) {
            throw invalid("partition", "must not be negative");
        }
        if (offset < 0) {
            throw invalid("offset", "must not be negative");
        }
        return deadLetters.replay(topic, partition, offset, organiser == null ? "unknown" : organiser.getName());
    }

    public record DeadLetterList(List<String> topics, List<DeadLetter> deadLetters) {}

    static ErrorResponseException invalid(String field, String message) {
        ProblemDetail problem = DeadLetters.problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields.");
        problem.setProperty("errors", List.of(new FieldMessage(field, message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    record FieldMessage(String field, String message) {}
}
