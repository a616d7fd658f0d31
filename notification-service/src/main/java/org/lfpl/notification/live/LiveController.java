package org.lfpl.notification.live;

import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The member's live stream of notifications (text/event-stream); EventSource reconnects with Last-Event-ID. */
@RestController
class LiveController {

    private final LiveStreams streams;

    LiveController(LiveStreams streams) {
        this.streams = streams;
    }

    @GetMapping(value = "/api/v1/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasRole('member')")
    SseEmitter stream(Caller caller, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        Long last;
        try {
            last = lastEventId == null || lastEventId.isBlank() ? null : Long.valueOf(lastEventId.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalid("Last-Event-ID", "must be the id of an event this stream sent");
        }
        return streams.open(caller.id(), last);
    }
}
