package org.lfpl.registration.registration;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lfpl.registration.member.DisplayNames;
import org.lfpl.registration.symposium.Symposia;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisers: the registrations of a symposium, counts, CSV export, approve and reject. */
@RestController
@PreAuthorize("hasRole('organiser')")
class OrganiserRegistrationController {

    private final Registrations registrations;
    private final Symposia symposia;
    private final DisplayNames names;

    OrganiserRegistrationController(Registrations registrations, Symposia symposia, DisplayNames names) {
        this.registrations = registrations;
        this.symposia = symposia;
        this.names = names;
    }

    @GetMapping("/api/v1/symposia/{symposiumId}/registrations")
    List<RegistrationView> list(Caller caller, @PathVariable String symposiumId,
            @RequestParam(required = false) RegistrationState state, @RequestParam(required = false) String strand,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "invalid-paging", "page is 0 or more; size is 1 to 500.");
        }
        symposia.visible(symposiumId, caller);
        List<Registration> all = registrations.all(symposiumId); // one read: the page, its filters and the line
        Map<String, Integer> line = Registrations.waitlistPositions(all);
        List<Registration> shown = filtered(all, state, strand).stream().skip((long) page * size).limit(size).toList();
        Map<String, String> current = names.of(shown.stream().map(Registration::memberId).toList());
        return shown.stream().map(r -> r.view(line.get(r.id())).named(current.get(r.memberId()))).toList();
    }

    @GetMapping("/api/v1/symposia/{symposiumId}/registrations/counts")
    Map<String, Object> counts(Caller caller, @PathVariable String symposiumId) {
        symposia.visible(symposiumId, caller);
        return registrations.counts(symposiumId);
    }

    @GetMapping(value = "/api/v1/symposia/{symposiumId}/registrations/export", produces = "text/csv")
    ResponseEntity<byte[]> export(Caller caller, @PathVariable String symposiumId) {
        symposia.visible(symposiumId, caller);
        StringBuilder csv = new StringBuilder("registration_id,member_id,name,email,state,strands,waitlist_number,"
                + "submitted_at,access_needs,dietary_needs\r\n");
        List<Registration> all = filtered(registrations.all(symposiumId), null, null);
        Map<String, String> current = names.of(all.stream().map(Registration::memberId).toList());
        for (Registration r : all) {
            csv.append(String.join(",", cell(r.id()), cell(r.memberId()),
                    cell(current.getOrDefault(r.memberId(), r.memberName())), cell(r.memberEmail()),
                    cell(r.state().name()), cell(String.join(" ", r.strands())),
                    cell(r.waitlistNumber() == null ? "" : r.waitlistNumber().toString()),
                    cell(String.valueOf(r.submittedAt())),
                    cell(r.needs() == null ? null : r.needs().access()),
                    cell(r.needs() == null ? null : r.needs().dietary()))).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registrations-" + symposiumId + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 4180 quoting, and no formula injection when the file is opened in a spreadsheet. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    @PostMapping("/api/v1/registrations/{id}/approve")
    RegistrationView approve(Caller caller, @PathVariable String id) {
        Registration registration = registrations.approve(id, caller);
        return registration.view(registrations.waitlistPosition(registration));
    }

    @PostMapping("/api/v1/registrations/{id}/reject")
    RegistrationView reject(Caller caller, @PathVariable String id) {
        return registrations.reject(id, caller).view(null);
    }

    private static List<Registration> filtered(List<Registration> all, RegistrationState state, String strand) {
        return all.stream()
                .filter(r -> state == null || r.state() == state)
                .filter(r -> strand == null || r.strands().contains(strand))
                .sorted(Comparator.comparing(Registration::submittedAt))
                .toList();
    }
}
