package org.lfpl.registration.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jakarta.validation.Valid;
import java.net.URI;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's own registration: register, see it (with waitlist position), change strands, accept an
 * offered seat, cancel. Anyone else's registration does not exist for them (404).
 */
@RestController
@PreAuthorize("hasRole('member')")
class RegistrationController {

    private final Registrations registrations;

    RegistrationController(Registrations registrations) {
        this.registrations = registrations;
    }

    @Operation(summary = "Register for a published symposium",
            description = "Confirmed while seats (and the chosen strands' caps) last, otherwise waitlisted with a "
                    + "position; pending approval in a moderated symposium.")
    @ApiResponse(responseCode = "201", description = "Registered: CONFIRMED, WAITLISTED or PENDING_APPROVAL")
    @ApiResponse(responseCode = "400", description = "Too many strands, an unknown strand, an unreadable body",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = """
                    {"type":"urn:lfpl:problem:invalid-request","title":"Invalid request","status":400,
                     "errors":[{"field":"strands","message":"has at most 2 strands"}]}""")))
    @ApiResponse(responseCode = "404", description = "No such symposium, or not published",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Registration closed, or already registered",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = """
                    {"type":"urn:lfpl:problem:already-registered","title":"Conflict","status":409,
                     "detail":"You are already registered for this symposium."}""")))
    @PostMapping("/api/v1/symposia/{symposiumId}/registrations")
    ResponseEntity<RegistrationView> register(Caller caller, @PathVariable String symposiumId,
            @Valid @RequestBody RegistrationRequest request) {
        Registration registration = registrations.register(caller, symposiumId, request);
        return ResponseEntity.created(URI.create("/api/v1/registrations/" + registration.id())).body(view(registration));
    }

    @GetMapping("/api/v1/symposia/{symposiumId}/registrations/mine")
    RegistrationView mine(Caller caller, @PathVariable String symposiumId) {
        return registrations.mine(symposiumId, caller).map(this::view)
                .orElseThrow(() -> Problems.notFound("Your registration for this symposium"));
    }

    @GetMapping("/api/v1/registrations/{id}")
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    RegistrationView get(Caller caller, @PathVariable String id) {
        return view(registrations.visible(id, caller));
    }

    @PutMapping("/api/v1/registrations/{id}/strands")
    RegistrationView changeStrands(Caller caller, @PathVariable String id, @Valid @RequestBody StrandChoice choice) {
        return view(registrations.changeStrands(id, caller, choice.strands()));
    }

    @PostMapping("/api/v1/registrations/{id}/accept")
    RegistrationView accept(Caller caller, @PathVariable String id) {
        return view(registrations.accept(id, caller));
    }

    @PostMapping("/api/v1/registrations/{id}/cancel")
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    RegistrationView cancel(Caller caller, @PathVariable String id) {
        return view(registrations.cancel(id, caller));
    }

    private RegistrationView view(Registration registration) {
        return registration.view(registrations.waitlistPosition(registration));
    }
}
