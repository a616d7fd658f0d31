package org.lfpl.notification.preferences;

import java.util.Map;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A member's notification preferences, and the one-click unsubscribe every email carries. */
@RestController
class PreferencesController {

    private final Preferences preferences;
    private final UnsubscribeTokens tokens;

    PreferencesController(Preferences preferences, UnsubscribeTokens tokens) {
        this.preferences = preferences;
        this.tokens = tokens;
    }

    @GetMapping("/api/v1/notifications/preferences")
    @PreAuthorize("hasRole('member')")
    Map<String, Map<Channel, Mode>> mine(Caller caller) {
        return preferences.of(caller.id());
    }

    /** Partial: {@code {"discussion": {"EMAIL": "WEEKLY"}}} changes that one choice. */
    @PutMapping("/api/v1/notifications/preferences")
    @PreAuthorize("hasRole('member')")
    Map<String, Map<Channel, Mode>> change(Caller caller, @RequestBody Map<String, Map<Channel, Mode>> changes) {
        return preferences.change(caller.id(), changes);
    }

    /** RFC 8058 one-click unsubscribe: no sign-in, the signed token is the credential. */
    @PostMapping("/api/v1/notifications/unsubscribe/{token}")
    Map<String, Object> unsubscribe(@PathVariable String token) {
        UnsubscribeTokens.Subject subject = tokens.read(token).orElseThrow(() -> Problems.notFound("The unsubscribe link"));
        preferences.change(subject.memberId(), Map.of(subject.category(), Map.of(Channel.EMAIL, Mode.OFF)));
        return Map.of("category", subject.category(), "email", Mode.OFF);
    }
}
