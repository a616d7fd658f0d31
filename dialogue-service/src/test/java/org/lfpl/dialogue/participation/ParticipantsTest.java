package org.lfpl.dialogue.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lfpl.registration.events.RegistrationFacts;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The read model of registrations applies each registration's latest event once: a copy of an
 * event, or an older event the relay sent again late, changes nothing.
 */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@UsePlatformInfrastructure
class ParticipantsTest {

    @Autowired
    Participants participants;

    final String symposium = UUID.randomUUID().toString();
    final String member = UUID.randomUUID().toString();
    final Instant t0 = Instant.parse("2027-01-10T09:00:00Z");

    RegistrationFacts facts(String state, String... strands) {
        return new RegistrationFacts("r-" + member, symposium, member, List.of(strands), state);
    }

    @Test
    void a_copy_of_the_last_event_changes_nothing() {
        assertThat(participants.apply(facts("CONFIRMED", "strand-1"), "e1", t0)).isTrue();
        assertThat(participants.apply(facts("CONFIRMED", "strand-1"), "e1", t0)).isFalse();
        assertThat(participants.confirmed(symposium, member)).isPresent();
    }

    @Test
    void an_older_event_arriving_after_a_newer_one_is_ignored() {
        participants.apply(facts("CONFIRMED", "strand-1"), "e1", t0);
        participants.apply(facts("CANCELLED", "strand-1"), "e2", t0.plusSeconds(5));

        assertThat(participants.apply(facts("CONFIRMED", "strand-1"), "e1", t0)).isFalse();

        assertThat(participants.of(symposium, member).orElseThrow().state()).isEqualTo("CANCELLED");
    }

    @Test
    void a_newer_event_replaces_state_and_strands() {
        participants.apply(facts("CONFIRMED", "strand-1"), "e1", t0);
        participants.apply(facts("CONFIRMED", "strand-2", "strand-4"), "e2", t0.plusSeconds(1));

        assertThat(participants.confirmed(symposium, member).orElseThrow().strands())
                .containsExactly("strand-2", "strand-4");
    }

    @Test
    void an_erased_member_is_forgotten() {
        participants.apply(facts("CONFIRMED", "strand-1"), "e1", t0);

        participants.forget(member);

        assertThat(participants.of(symposium, member)).isEmpty();
    }
}
