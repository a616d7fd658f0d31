package org.lfpl.registration.member;

import jakarta.validation.Valid;
import org.lfpl.servicedefaults.problem.Problems;
import org.lfpl.servicedefaults.security.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
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

    private final MemberRepository members;

    MemberController(MemberRepository members) {
        this.members = members;
    }

    @GetMapping("/me")
    @PreAuthorize("hasRole('member')")
    ResponseEntity<MemberView> me(Caller caller) {
        Member member = members.findById(caller.id()).orElseGet(() -> Member.firstSeen(caller));
        return withETag(member);
    }

    @PutMapping("/me")
    @PreAuthorize("hasRole('member')")
    ResponseEntity<MemberView> updateMe(Caller caller, @Valid @RequestBody MemberProfileUpdate profile,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Member member = members.findById(caller.id()).orElseGet(() -> Member.firstSeen(caller));
        if (ifMatch != null && !ifMatch.equals(eTag(member))) {
            throw Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-update",
                    "Your profile changed since you loaded it. Reload it and try again.");
        }
        member.update(profile, caller);
        return withETag(members.save(member));
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

    private static ResponseEntity<MemberView> withETag(Member member) {
        return ResponseEntity.ok().eTag(eTag(member)).body(member.view());
    }

    private static String eTag(Member member) {
        return "\"" + (member.version() == null ? 0 : member.version()) + "\"";
    }
}
