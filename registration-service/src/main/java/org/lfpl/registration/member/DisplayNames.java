package org.lfpl.registration.member;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The names members chose for themselves in their profile, for lists that show people to
 * organisers. A registration keeps the name the token gave when it was made; a member who later
 * writes their name differently (or is erased: "Former member") is shown as they are now.
 */
@Component
public class DisplayNames {

    private final MemberRepository members;

    DisplayNames(MemberRepository members) {
        this.members = members;
    }

    /** The current display name of each of these members who has a profile; one read. */
    public Map<String, String> of(Collection<String> memberIds) {
        Map<String, String> names = new HashMap<>();
        for (Member member : members.findAllById(memberIds)) {
            if (member.displayName() != null && !member.displayName().isBlank()) {
                names.put(member.id(), member.displayName());
            }
        }
        return names;
    }
}
