package org.lfpl.registration.member;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lfpl.registration.registration.Registrations;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's own profile ({@code /me}) and the organisers' list of members. The profile carries
 * an ETag; a PUT with a stale {@code If-Match} is refused instead of overwriting someone's change.
 */
@RestController
@RequestMapping("/api/v1/members")
class MemberController {

    /**
     * How often a save without If-Match is tried. Each lost race means another save succeeded, so
     * of n saves of one profile at the same moment none needs more than n attempts: 10 covers any
     * person's tabs and double clicks.
     */
    private static final int SAVE_ATTEMPTS = 10;

    private final MemberRepository members;
    private final MemberErasure erasure;
    private final Registrations registrations;

    MemberController(MemberRepository members, MemberErasure erasure, Registrations registrations) {
        this.members = members;
        this.erasure = erasure;
        this.registrations = registrations;
    }

    @GetMapping("/me")
    @PreAuthorize("hasRole('member')")
    ResponseEntity<MemberView> me(Caller caller) {
        Member member = members.findById(caller.id()).orElseGet(() -> Member.firstSeen(caller));
        if (member.isErased()) {
            throw Problems.notFound("Your profile"); // erased: a tombstone, never silently recreated
        }
        return withETag(member, caller);
    }

    /**
     * Saves the whole profile. With {@code If-Match} the save applies only to the version the caller
     * loaded (412 otherwise, also when another save of that version got in first). Without it the
     * caller asked for no version: the last save wins, and a save that lost a race with another one
     * (a second tab, a double click) is applied again to the profile as it now is instead of refused.
     */
    @PutMapping("/me")
    @PreAuthorize("hasRole('member')")
    ResponseEntity<MemberView> updateMe(Caller caller, @Valid @RequestBody MemberProfileUpdate profile,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        for (int attempt = 1; ; attempt++) {
            Member member = members.findById(caller.id()).orElseGet(() -> Member.firstSeen(caller));
            if (ifMatch != null && !matches(ifMatch, member)) {
                throw Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-update",
                        "Your profile changed since you loaded it. Reload it and try again.");
            }
            member.update(profile, caller);
            try {
                return withETag(members.save(member), caller);
            } catch (OptimisticLockingFailureException | DuplicateKeyException savedMeanwhile) {
                // With If-Match: 412 from ProblemDetailsAdvice, like any conditional request that lost
                // the race. Without: tried again, unless others saved this often within one request.
                if (ifMatch != null || attempt == SAVE_ATTEMPTS) {
                    throw savedMeanwhile;
                }
            }
        }
    }

    /** Everything held about the caller here, as one JSON download (right of access). */
    @GetMapping("/me/export")
    @PreAuthorize("hasRole('member')")
    ResponseEntity<Map<String, Object>> export(Caller caller) {
        Member member = members.findById(caller.id()).orElseGet(() -> Member.firstSeen(caller));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", Instant.now());
        data.put("profile", member.view());
        data.put("registrations", registrations.ofMember(caller.id()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lfpl-my-data.json\"")
                .body(data);
    }

    /** The member erases their own account (right to erasure). */
    @DeleteMapping("/me")
    @PreAuthorize("hasRole('member')")
    ResponseEntity<Void> eraseMe(Caller caller) {
        if (members.existsById(caller.id())) {
            erasure.erase(caller.id());
        }
        return ResponseEntity.noContent().build();
    }

    /** An organiser erases an account on the member's request. */
    @DeleteMapping("/{memberId}")
    @PreAuthorize("hasRole('organiser')")
    ResponseEntity<Void> erase(@PathVariable String memberId) {
        erasure.erase(memberId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize("hasRole('organiser')")
    java.util.List<MemberView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "invalid-paging", "page is 0 or more; size is 1 to 200.");
        }
        return members.findAll(PageRequest.of(page, size, Sort.by("displayName"))).map(Member::view).toList();
    }

    /** RFC 9110: "*" matches a stored profile; a profile never saved has no version to match. */
    private static boolean matches(String ifMatch, Member member) {
        if (member.version() == null) {
            return false;
        }
        return "*".equals(ifMatch.trim()) || ifMatch.equals(eTag(member));
    }

    /** A profile that was never saved has no ETag, so no client can hold a stale one for its first save. */
    private static ResponseEntity<MemberView> withETag(Member member, Caller caller) {
        var response = ResponseEntity.ok();
        if (member.version() != null) {
            response.eTag(eTag(member));
        }
        return response.body(member.view().withRoles(caller.roles()));
    }

    private static String eTag(Member member) {
        return "\"" + member.version() + "\"";
    }
}
