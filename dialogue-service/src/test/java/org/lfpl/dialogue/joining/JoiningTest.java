package org.lfpl.dialogue.joining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.SymposiumFixture;
import org.lfpl.dialogue.SymposiumTest;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;

/**
 * Joining dialogues: only confirmed participants, only in their strands, within capacity (also
 * when many join at once), never in two places at once, own hosted dialogues included; and a
 * cancelled registration or a dropped strand takes the member out, with the hosts told.
 */
class JoiningTest extends SymposiumTest {




    @BeforeEach
    void aProgrammeWithSlotsAndRooms() {
        symposium.simpleProgramme();
    }

    Http.Response join(String username, String dialogueId) {
        return http.post("/api/v1/dialogues/" + dialogueId + "/join", null).bearer(symposium.token(username)).send();
    }

    Http.Response leave(String username, String dialogueId) {
        return http.post("/api/v1/dialogues/" + dialogueId + "/leave", null).bearer(symposium.token(username)).send();
    }

    @Test
    void participants_join_only_scheduled_dialogues_in_their_own_strands() {
        String host = symposium.confirmed("strand-1", "strand-2");
        String member = symposium.confirmed("strand-1");
        String otherStrand = symposium.confirmed("strand-4");
        String dialogue = symposium.scheduled(host, "s1", "a", symposium.draft("strand-1"));
        String unscheduledHost = symposium.confirmed("strand-1");
        String unscheduled = symposium.accepted(unscheduledHost, symposium.draft("strand-1"));

        var joined = join(member, dialogue);
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.json().path("joinedDialogueIds").toString()).contains(dialogue);
        assertThat(join(member, dialogue).status()).as("joining twice is joining once").isEqualTo(200);
        assertThat(join(otherStrand, dialogue).json().path("type").asString())
                .isEqualTo("urn:lfpl:problem:outside-your-strands");
        assertThat(join("m-" + UUID.randomUUID(), dialogue).status()).isEqualTo(403);
        assertThat(join(member, unscheduled).json().path("type").asString()).isEqualTo("urn:lfpl:problem:not-scheduled");
        assertThat(join(host, dialogue).json().path("type").asString()).isEqualTo("urn:lfpl:problem:own-dialogue");
        assertThat(http.get("/api/v1/dialogues/" + dialogue + "/participants").bearer(symposium.token(host)).send()
                .json().toString()).contains(TestTokens.subjectOf(member));
        assertThat(http.get("/api/v1/dialogues/" + dialogue + "/participants").bearer(symposium.token(member)).send()
                .status()).as("only hosts and organisers see who joined").isEqualTo(403);
    }

    @Test
    void nobody_is_in_two_places_at_once_not_even_while_hosting() {
        List<String> hosts = symposium.confirmed(3, "strand-1");
        String member = symposium.confirmed("strand-1");
        String morning = symposium.scheduled(hosts.get(0), "s1", "a", symposium.draft("strand-1"));
        String late = symposium.scheduled(hosts.get(1), "s2", "a", symposium.draft("strand-1"));
        String lunch = symposium.scheduled(hosts.get(2), "s3", "b", symposium.draft("strand-1"));

        assertThat(join(member, late).status()).isEqualTo(200);
        var clash = join(member, lunch);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().path("type").asString()).isEqualTo("urn:lfpl:problem:time-clash");
        assertThat(join(hosts.get(1), lunch).json().path("type").asString())
                .as("the host of the 11:00 dialogue").isEqualTo("urn:lfpl:problem:time-clash");
        assertThat(join(hosts.get(1), morning).status()).isEqualTo(200);

        assertThat(leave(member, late).status()).isEqualTo(200);
        assertThat(join(member, lunch).status()).isEqualTo(200);
        assertThat(leave(member, late).json().path("type").asString()).isEqualTo("urn:lfpl:problem:not-joined");

        var agenda = http.get("/api/v1/programmes/" + symposium.symposium + "/agenda")
                .bearer(symposium.token(hosts.get(1))).send().json();
        assertThat(agenda.findValuesAsString("dialogueId")).as("joined and hosted, in time order")
                .containsExactly(morning, late);
    }

    @Test
    void a_dialogue_never_takes_more_than_its_capacity_even_when_many_join_at_once() throws Exception {
        String host = symposium.confirmed("strand-3");
        String dialogue = symposium.scheduled(host, "s1", "c", symposium.draft("strand-3", "capacity", 5));
        List<String> members = symposium.confirmed(20, "strand-3");

        List<Callable<Integer>> rush = members.stream().<Callable<Integer>>map(m -> () -> join(m, dialogue).status()).toList();
        int joined = 0;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Integer> status : pool.invokeAll(rush)) {
                joined += status.get() == 200 ? 1 : 0;
            }
        }

        assertThat(joined).isEqualTo(5);
        assertThat(http.get("/api/v1/dialogues/" + dialogue + "/participants").bearer(symposium.organiser).send().json())
                .hasSize(5);
    }

    @Test
    void a_cancelled_registration_or_a_dropped_strand_takes_the_member_out_and_hosts_are_told() {
        List<String> hosts = symposium.confirmed(2, "strand-1", "strand-2");
        String first = symposium.scheduled(hosts.get(0), "s1", "a", symposium.draft("strand-1"));
        String second = symposium.scheduled(hosts.get(1), "s2", "a", symposium.draft("strand-2"));
        String mover = symposium.confirmed("strand-1", "strand-2");
        String leaver = symposium.confirmed("strand-1");
        join(mover, first);
        join(mover, second);
        join(leaver, first);
        String moverId = TestTokens.subjectOf(mover);
        String leaverId = TestTokens.subjectOf(leaver);

        SymposiumFixture.registration(UUID.randomUUID().toString(), Instant.now().plusSeconds(1), "strands-changed",
                symposium.symposium, moverId, "CONFIRMED", "strand-2", "strand-5");
        SymposiumFixture.registration(UUID.randomUUID().toString(), Instant.now().plusSeconds(1), "cancelled",
                symposium.symposium, leaverId, "CANCELLED", "strand-1");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var inFirst = http.get("/api/v1/dialogues/" + first + "/participants").bearer(symposium.organiser).send().json();
            assertThat(inFirst).isEmpty();
        });
        assertThat(http.get("/api/v1/dialogues/" + second + "/participants").bearer(symposium.organiser).send().json()
                .toString()).as("strand-2 is still theirs").contains(moverId);
        var told = KafkaProbe.await(DialogueTopics.EVENTS, 2, Duration.ofSeconds(15), record ->
                "org.lfpl.dialogue.dialogue.left.v1".equals(KafkaProbe.header(record, "ce_type"))
                        && new String(record.value()).contains(first));
        assertThat(told).extracting(record -> new String(record.value()))
                .anySatisfy(data -> assertThat(data).contains(leaverId, "REGISTRATION_ENDED"))
                .anySatisfy(data -> assertThat(data).contains(moverId, "STRAND_DROPPED"));
    }

    @Test
    void a_cancelled_dialogue_leaves_the_programme_and_its_participants_are_taken_out_and_told() {
        String host = symposium.confirmed("strand-4");
        String participant = symposium.confirmed("strand-4");
        String stranger = symposium.confirmed("strand-4");
        String dialogue = symposium.scheduled(host, "s2", "b", symposium.draft("strand-4"));
        join(participant, dialogue);
        http.post("/api/v1/programmes/" + symposium.symposium + "/publish", null).bearer(symposium.organiser).send();

        assertThat(http.post("/api/v1/dialogues/" + dialogue + "/cancel", null).bearer(symposium.token(stranger)).send()
                .status()).as("only the host or organisers cancel").isEqualTo(403);
        var cancelled = http.post("/api/v1/dialogues/" + dialogue + "/cancel", java.util.Map.of("comment", "Host is ill"))
                .bearer(symposium.token(host)).send();

        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        var programme = http.get("/api/v1/programmes/" + symposium.symposium).bearer(symposium.token(participant)).send();
        assertThat(programme.body()).doesNotContain(dialogue);
        assertThat(http.get("/api/v1/programmes/" + symposium.symposium + "/changes").bearer(symposium.token(participant))
                .send().body()).contains("cancelled");
        assertThat(http.get("/api/v1/programmes/" + symposium.symposium + "/agenda").bearer(symposium.token(participant))
                .send().json()).isEmpty();
        var left = KafkaProbe.await(DialogueTopics.EVENTS, 1, Duration.ofSeconds(15), record ->
                "org.lfpl.dialogue.dialogue.left.v1".equals(KafkaProbe.header(record, "ce_type"))
                        && new String(record.value()).contains(dialogue));
        assertThat(new String(left.getFirst().value())).contains("DIALOGUE_CANCELLED", TestTokens.subjectOf(participant));
        assertThat(join(participant, dialogue).status()).as("no longer scheduled").isEqualTo(409);
        assertThat(symposium.propose(host, symposium.draft("strand-4", "title", "Another day")).status())
                .as("the host may propose again").isEqualTo(201);
    }
}
