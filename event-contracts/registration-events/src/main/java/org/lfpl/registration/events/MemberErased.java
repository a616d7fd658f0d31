package org.lfpl.registration.events;

import org.lfpl.events.contract.EventType;
import org.lfpl.events.contract.IntegrationEvent;

/**
 * A member's account was erased (by the member, or by an organiser on their request). Every
 * service removes or anonymises what it holds about this member; content others rely on (a
 * discussion thread) stays readable with the author anonymised.
 */
@EventType(topic = RegistrationTopics.EVENTS, name = "org.lfpl.registration.member.erased", version = 1)
public record MemberErased(String memberId) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return memberId;
    }
}
