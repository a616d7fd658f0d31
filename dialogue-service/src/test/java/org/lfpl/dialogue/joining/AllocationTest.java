package org.lfpl.dialogue.joining;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.programme.ScheduledSession;

/** The allocation rule on its own: a fair snake draft that never breaks a joining rule. */
class AllocationTest {

    private static final Instant NINE = Instant.parse("2027-06-14T09:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2027-06-14T11:00:00Z");

    private static ScheduledSession session(String id, String strand, int capacity, Instant start, String... hosts) {
        return new ScheduledSession(id, "sym", strand, id, List.of(hosts), capacity, start, start.plusSeconds(5400), "room");
    }

    private static Allocation.Candidate member(String id, List<String> strands, String... ranked) {
        return new Allocation.Candidate(id, strands, List.of(), List.of(ranked));
    }

    @Test
    void everyone_gets_one_place_a_slot_before_anyone_gets_a_second_choice_in_the_same_round() {
        List<ScheduledSession> sessions = List.of(session("a1", "s", 1, NINE), session("a2", "s", 1, NINE),
                session("a3", "s", 1, NINE), session("b1", "s", 1, ELEVEN), session("b2", "s", 1, ELEVEN),
                session("b3", "s", 1, ELEVEN));
        List<Allocation.Candidate> members = List.of(
                member("m1", List.of("s"), "a1", "b1", "a2", "b2", "a3", "b3"),
                member("m2", List.of("s"), "a1", "b1", "a2", "b2", "a3", "b3"),
                member("m3", List.of("s"), "a1", "b1", "a2", "b2", "a3", "b3"));

        Allocation.Result result = Allocation.allocate("sym", sessions, Map.of(), members);

        Map<String, List<String>> places = result.assignments().stream().collect(Collectors.groupingBy(
                Allocation.Assignment::memberId, Collectors.mapping(Allocation.Assignment::dialogueId, Collectors.toList())));
        assertThat(places).hasSize(3).allSatisfy((member, got) -> {
            assertThat(got).hasSize(2);
            assertThat(got).anyMatch(d -> d.startsWith("a")).anyMatch(d -> d.startsWith("b")); // never two at 09:00
        });
        // Round one: the first in line gets a1, the second (a1 gone) b1, the third a2. Snake order: the one
        // who chose last chooses first in round two, and gets the best place left for them, b2.
        assertThat(result.assignments()).extracting(Allocation.Assignment::dialogueId)
                .containsExactly("a1", "b1", "a2", "b2", "a3", "b3");
        assertThat(result.assignments().get(3).memberId()).isEqualTo(result.assignments().get(2).memberId());
        assertThat(result.withFirstChoice()).isEqualTo(1);
        assertThat(result.withSomething()).isEqualTo(3);
    }

    @Test
    void capacity_places_already_taken_strands_and_own_dialogues_are_respected() {
        List<ScheduledSession> sessions = List.of(session("full", "s", 2, NINE), session("other-strand", "t", 5, NINE),
                session("mine", "s", 5, ELEVEN, "m1"), session("open", "s", 5, ELEVEN));
        List<Allocation.Candidate> members = List.of(member("m1", List.of("s"), "full", "other-strand", "mine", "open"));

        Allocation.Result result = Allocation.allocate("sym", sessions, Map.of("full", 2), members);

        assertThat(result.assignments()).containsExactly(new Allocation.Assignment("m1", "open", 4));
    }

    @Test
    void what_a_member_hosts_or_already_joined_blocks_clashing_places() {
        ScheduledSession hosting = session("hosting", "s", 5, NINE, "m1");
        List<ScheduledSession> sessions = List.of(hosting, session("clash", "s", 5, NINE), session("later", "s", 5, ELEVEN));
        List<Allocation.Candidate> members = List.of(new Allocation.Candidate("m1", List.of("s"), List.of(hosting),
                List.of("clash", "later")));

        assertThat(Allocation.allocate("sym", sessions, Map.of(), members).assignments())
                .containsExactly(new Allocation.Assignment("m1", "later", 2));
    }

    @Test
    void the_same_inputs_give_the_same_allocation_and_fingerprint_and_other_inputs_another_fingerprint() {
        List<ScheduledSession> sessions = List.of(session("a", "s", 1, NINE), session("b", "s", 1, ELEVEN));
        List<Allocation.Candidate> members = List.of(member("m1", List.of("s"), "a", "b"), member("m2", List.of("s"), "a"));

        Allocation.Result first = Allocation.allocate("sym", sessions, Map.of(), members);
        Allocation.Result again = Allocation.allocate("sym", sessions, Map.of(), List.copyOf(members.reversed()));
        Allocation.Result afterAJoin = Allocation.allocate("sym", sessions, Map.of("a", 1), members);

        assertThat(again).isEqualTo(first);
        assertThat(afterAJoin.fingerprint()).isNotEqualTo(first.fingerprint());
    }
}
