package org.lfpl.registration.registration;

import java.util.Map;
import org.lfpl.registration.symposium.Symposia;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Aggregate registration figures of a visible symposium, for partners, members and organisers. Nobody is named. */
@RestController
class FiguresController {

    private final Registrations registrations;
    private final Symposia symposia;

    FiguresController(Registrations registrations, Symposia symposia) {
        this.registrations = registrations;
        this.symposia = symposia;
    }

    @GetMapping("/api/v1/symposia/{symposiumId}/figures")
    @PreAuthorize("hasAnyRole('member', 'partner', 'organiser')")
    Map<String, Object> figures(Caller caller, @PathVariable String symposiumId) {
        symposia.visible(symposiumId, caller);
        return registrations.figures(symposiumId);
    }
}
