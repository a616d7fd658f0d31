package org.lfpl.registration.member;

import java.time.Clock;
import org.lfpl.registration.registration.Registrations;
import org.lfpl.servicedefaults.problem.Problems;
import org.springframework.stereotype.Service;

/**
 * Erases a member: their profile here is reduced to a tombstone, their registrations cancelled and
 * anonymised, and {@code member.erased} tells every other service to do the same.
 */
@Service
class MemberErasure {

    private final MemberRepository members;
    private final Registrations registrations;
    private final Clock clock;

    MemberErasure(MemberRepository members, Registrations registrations, Clock clock) {
        this.members = members;
        this.registrations = registrations;
        this.clock = clock;
    }

    void erase(String memberId) {
        Member member = members.findById(memberId).orElseThrow(() -> Problems.notFound("The member"));
        registrations.eraseMember(memberId);
        member.erase(clock.instant());
        members.save(member);
    }
}
