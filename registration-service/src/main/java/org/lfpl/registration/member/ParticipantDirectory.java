package org.lfpl.registration.member;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lfpl.registration.registration.Registrations;
import org.lfpl.registration.symposium.Symposia;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who takes part in a symposium: confirmed participants who chose to be listed, shown to the other
 * confirmed participants and to organisers. Nobody appears without their consent.
 */
@RestController
class ParticipantDirectory {

    /** One listed participant. */
    record Entry(String memberId, String displayName, String organisation, String country, List<String> strands) {}

    private final MemberRepository members;
    private final Registrations registrations;
    private final Symposia symposia;

    ParticipantDirectory(MemberRepository members, Registrations registrations, Symposia symposia) {
        this.members = members;
        this.registrations = registrations;
        this.symposia = symposia;
    }

    @GetMapping("/api/v1/symposia/{symposiumId}/directory")
    @PreAuthorize("hasAnyRole('member', 'organiser')")
    List<Entry> directory(Caller caller, @PathVariable String symposiumId, @RequestParam(required = false) String strand) {
        symposia.visible(symposiumId, caller);
        if (!caller.isOrganiser() && !registrations.isConfirmedParticipant(symposiumId, caller.id())) {
            throw Problems.of(org.springframework.http.HttpStatus.FORBIDDEN, "participants-only",
                    "The directory is for confirmed participants of this symposium.");
        }
        Map<String, List<String>> participants = registrations.confirmedParticipants(symposiumId);
        return members.findAllById(participants.keySet()).stream()
                .filter(Member::isListedInDirectory)
                .map(m -> new Entry(m.id(), m.displayName(), m.organisation(), m.country(), participants.get(m.id())))
                .filter(e -> strand == null || e.strands().contains(strand))
                .sorted(Comparator.comparing(Entry::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
