package org.lfpl.dialogue.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.lfpl.dialogue.joining.Joining;
import org.lfpl.dialogue.programme.Schedule;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme and a member's agenda as iCalendar: downloads for signed-in members, and a private
 * feed URL a calendar app can subscribe to, which the member can replace or revoke at any time.
 */
@RestController
class CalendarController {

    private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Schedule schedule;
    private final Joining joining;
    private final CalendarFeedRepository feeds;
    private final Clock clock;

    CalendarController(Schedule schedule, Joining joining, CalendarFeedRepository feeds, Clock clock) {
        this.schedule = schedule;
        this.joining = joining;
        this.feeds = feeds;
        this.clock = clock;
    }

    @GetMapping(value = "/api/v1/programmes/{symposiumId}/calendar.ics")
    @PreAuthorize("hasAnyRole('member', 'partner', 'organiser')")
    ResponseEntity<String> programme(Caller caller, @PathVariable String symposiumId) {
        var sessions = schedule.visibleProgramme(symposiumId, caller).orElseThrow(() -> Problems.notFound("The programme"));
        return ics("programme.ics", IcsWriter.write("LfPL programme", sessions));
    }

    @GetMapping(value = "/api/v1/programmes/{symposiumId}/agenda.ics")
    @PreAuthorize("hasRole('member')")
    ResponseEntity<String> agenda(Caller caller, @PathVariable String symposiumId) {
        return ics("my-agenda.ics", IcsWriter.write("My LfPL agenda", joining.agendaOf(symposiumId, caller.id())));
    }

    /** A new private feed URL; any earlier one stops working. */
    @PostMapping("/api/v1/programmes/{symposiumId}/agenda/feed")
    @PreAuthorize("hasRole('member')")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> newFeed(Caller caller, @PathVariable String symposiumId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.save(new CalendarFeed(CalendarFeed.idOf(symposiumId, caller.id()), symposiumId, caller.id(), token,
                clock.instant()));
        return Map.of("url", "/api/v1/programmes/feeds/" + token + ".ics");
    }

    @DeleteMapping("/api/v1/programmes/{symposiumId}/agenda/feed")
    @PreAuthorize("hasRole('member')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeFeed(Caller caller, @PathVariable String symposiumId) {
        feeds.deleteById(CalendarFeed.idOf(symposiumId, caller.id()));
    }

    /** No sign-in: the token in the URL is the credential. An unknown or revoked token is a 404. */
    @GetMapping(value = "/api/v1/programmes/feeds/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        CalendarFeed feed = feeds.findByToken(token).orElseThrow(() -> Problems.notFound("The calendar feed"));
        return ics("my-agenda.ics", IcsWriter.write("My LfPL agenda", joining.agendaOf(feed.symposiumId(), feed.memberId())));
    }

    private static ResponseEntity<String> ics(String filename, String body) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "private, max-age=300").body(body);
    }
}
