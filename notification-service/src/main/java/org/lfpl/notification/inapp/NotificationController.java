package org.lfpl.notification.inapp;

import java.util.List;
import java.util.Map;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.notification.summary.OrganiserSummaries;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's own in-app notifications: newest first, unread count, mark read. */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("hasAnyRole('member', 'organiser')")
class NotificationController {

    private final InAppNotifications notifications;
    private final OrganiserSummaries summaries;

    NotificationController(InAppNotifications notifications, OrganiserSummaries summaries) {
        this.notifications = notifications;
        this.summaries = summaries;
    }

    @GetMapping
    List<NotificationView> list(Caller caller, @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "invalid-paging", "page is 0 or more; size is 1 to 100.");
        }
        if (caller.isOrganiser()) {
            summaries.organiserSeen(caller.id()); // organisers are known here only from their tokens
        }
        return notifications.latest(caller.id(), unreadOnly, page, size).stream().map(Notification::view).toList();
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount(Caller caller) {
        return Map.of("unread", notifications.unreadCount(caller.id()));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(Caller caller, @PathVariable String id) {
        if (!notifications.markRead(caller.id(), id)) {
            throw Problems.notFound("The notification");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    Map<String, Long> markAllRead(Caller caller) {
        return Map.of("marked", notifications.markAllRead(caller.id()));
    }
}
