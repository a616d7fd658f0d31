package org.lfpl.dialogue.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.dialogue.SymposiumFixture;
import org.lfpl.dialogue.participation.Participants;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hosting a dialogue: who may propose (confirmed participants, in their own strands, once per
 * symposium), curation by organisers, and eligibility learnt only from registration events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsePlatformInfrastructure
class DialogueProposalsTest {

    @LocalServerPort
    int port;

    @Autowired
    Participants participants;

    Http http;
    SymposiumFixture fixture;
    TestTokens tokens;
    String organiser;
    String symposium;

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port);
        fixture = new SymposiumFixture(http, participants);
        tokens = fixture.tokens;
        organiser = fixture.organiser;
        symposium = fixture.symposium;
    }

    static void registration(String eventId, Instant time, String type, String symposiumId, String memberId,
            String state, String... strands) {
        SymposiumFixture.registration(eventId, time, type, symposiumId, memberId, state, strands);
    }

    String confirmed(String... strands) {
        return fixture.confirmed(strands);
    }

    Map<String, Object> draft(String strand, Object... overrides) {
        return fixture.draft(strand, overrides);
    }

    Http.Response propose(String username, Map<String, Object> draft) {
        return fixture.propose(username, draft);
    }

    @Test
    void a_confirmed_participant_proposes_a_dialogue_in_one_of_their_strands_and_it_is_announced() {
        String host = confirmed("strand-1", "strand-2");

        var proposed = propose(host, draft("strand-2"));

        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.json().path("status").asString()).isEqualTo("PROPOSED");
        String id = proposed.json().path("id").asString();
        var events = KafkaProbe.await(DialogueTopics.EVENTS, 1, Duration.ofSeconds(15),
                record -> id.equals(record.key()));
        assertThat(events).singleElement().satisfies(record -> {
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("org.lfpl.dialogue.dialogue.proposed.v1");
            assertThat(new String(record.value())).contains("\"strandId\":\"strand-2\"", "\"principles\":[1,3]");
        });
    }

    @Test
    void a_host_s_new_name_and_then_their_erasure_reach_their_dialogue() {
        String host = confirmed("strand-1");
        String hostId = TestTokens.subjectOf(host);
        String id = propose(host, draft("strand-1")).json().path("id").asString();

        memberEvent("member.updated", hostId, "{\"memberId\":\"" + hostId + "\",\"displayName\":\"Grace Hopper\","
                + "\"preferredLanguage\":\"en\",\"timeZone\":\"UTC\",\"listedInDirectory\":false,\"nameSharedWithPartners\":false}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.get("/api/v1/dialogues/" + id)
                .bearer(organiser).send().json().path("hostName").asString()).isEqualTo("Grace Hopper"));

        memberEvent("member.erased", hostId, "{\"memberId\":\"" + hostId + "\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.get("/api/v1/dialogues/" + id)
                .bearer(organiser).send().json().path("hostName").asString()).isEqualTo("A former participant"));
    }

    /** A member event as registration-service publishes it (CloudEvents binary mode). */
    private static void memberEvent(String type, String memberId, String json) {
        KafkaProbe.send(org.lfpl.registration.events.RegistrationTopics.EVENTS, memberId,
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("ce_id", UUID.randomUUID().toString(),
                        "ce_specversion", "1.0", "ce_source", "/registration-service",
                        "ce_type", "org.lfpl.registration." + type + ".v1", "ce_subject", memberId,
                        "content-type", "application/json"));
    }

    @Test
    void only_confirmed_participants_propose_and_only_in_their_own_strands() {
        String waitlisted = "m-" + UUID.randomUUID();
        String waitlistedId = TestTokens.subjectOf(waitlisted);
        registration(UUID.randomUUID().toString(), Instant.now(), "waitlisted", symposium, waitlistedId, "WAITLISTED",
                "strand-1");
        String host = confirmed("strand-1");
        await().atMost(Duration.ofSeconds(20)).until(() -> propose(waitlisted, draft("strand-1")).status() == 403);

        var outside = propose(host, draft("strand-4"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().path("errors").get(0).path("field").asString()).isEqualTo("strandId");
        var stranger = propose("m-" + UUID.randomUUID(), draft("strand-1"));
        assertThat(stranger.json().path("type").asString()).isEqualTo("urn:lfpl:problem:not-a-participant");
    }

    @Test
    void a_participant_hosts_one_dialogue_per_symposium_and_may_propose_again_after_a_decline() {
        String host = confirmed("strand-1");
        String id = propose(host, draft("strand-1")).json().path("id").asString();

        var second = propose(host, draft("strand-1", "title", "Another one"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("type").asString()).isEqualTo("urn:lfpl:problem:already-hosting");

        http.post("/api/v1/dialogues/" + id + "/decline", Map.of("comment", "Too close to another dialogue"))
                .bearer(organiser).send();
        var again = propose(host, draft("strand-1", "title", "A fresh angle"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void organisers_may_let_each_participant_host_more_than_one_dialogue() {
        String host = confirmed("strand-1");
        assertThat(http.put("/api/v1/dialogues/hosting-rule?symposiumId=" + symposium,
                Map.of("symposiumId", symposium, "dialoguesPerParticipant", 2)).bearer(tokens.member(host)).send().status())
                .as("organisers only").isEqualTo(403);
        assertThat(http.put("/api/v1/dialogues/hosting-rule?symposiumId=" + symposium,
                Map.of("symposiumId", symposium, "dialoguesPerParticipant", 9)).bearer(organiser).send().status()).isEqualTo(400);
        http.put("/api/v1/dialogues/hosting-rule?symposiumId=" + symposium,
                Map.of("symposiumId", symposium, "dialoguesPerParticipant", 2)).bearer(organiser).send();

        var first = propose(host, draft("strand-1", "title", "First"));
        var second = propose(host, draft("strand-1", "title", "Second"));
        var third = propose(host, draft("strand-1", "title", "Third"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("id").asString()).isNotEqualTo(first.json().path("id").asString());
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().path("detail").asString()).contains("2 dialogues");
    }

    @Test
    void organisers_return_a_proposal_with_a_comment_the_host_revises_and_it_is_accepted() {
        String host = confirmed("strand-3");
        String id = propose(host, draft("strand-3")).json().path("id").asString();

        var noComment = http.post("/api/v1/dialogues/" + id + "/return", Map.of()).bearer(organiser).send();
        assertThat(noComment.status()).isEqualTo(400);
        var returned = http.post("/api/v1/dialogues/" + id + "/return", Map.of("comment", "Which question does it answer?"))
                .bearer(organiser).send();
        assertThat(returned.json().path("status").asString()).isEqualTo("RETURNED");
        assertThat(http.get("/api/v1/dialogues/" + id).bearer(tokens.member(host)).send().json()
                .path("curatorComment").asString()).isEqualTo("Which question does it answer?");

        var revised = http.put("/api/v1/dialogues/" + id, draft("strand-3", "purpose", "Answers: why walks stay on teaching."))
                .bearer(tokens.member(host)).send();
        assertThat(revised.json().path("status").asString()).isEqualTo("PROPOSED");
        var accepted = http.post("/api/v1/dialogues/" + id + "/accept", null).bearer(organiser).send();
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
        var twice = http.post("/api/v1/dialogues/" + id + "/accept", null).bearer(organiser).send();
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void a_stale_edit_is_refused_and_nobody_but_its_hosts_edits_a_dialogue() {
        String host = confirmed("strand-1");
        String coHost = confirmed("strand-1");
        String other = confirmed("strand-1");
        var created = propose(host, draft("strand-1", "coHostIds", List.of(TestTokens.subjectOf(coHost))));
        String id = created.json().path("id").asString();
        String etag = created.header("ETag");

        var byCoHost = http.put("/api/v1/dialogues/" + id, draft("strand-1", "coHostIds",
                List.of(TestTokens.subjectOf(coHost)), "title", "Edited by the co-host")).bearer(tokens.member(coHost))
                .header("If-Match", etag).send();
        assertThat(byCoHost.status()).isEqualTo(200);
        var stale = http.put("/api/v1/dialogues/" + id, draft("strand-1")).bearer(tokens.member(host))
                .header("If-Match", etag).send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(http.get("/api/v1/dialogues/" + id).bearer(tokens.member(other)).send().status())
                .as("not accepted yet: invisible to others").isEqualTo(404);
        assertThat(http.put("/api/v1/dialogues/" + id, draft("strand-1")).bearer(tokens.member(other)).send().status())
                .isEqualTo(404);
    }

    @Test
    void co_hosts_must_be_confirmed_participants_and_virtual_dialogues_need_a_link() {
        String host = confirmed("strand-1");
        var unknownCoHost = propose(host, draft("strand-1", "coHostIds", List.of("nobody")));
        assertThat(unknownCoHost.status()).isEqualTo(400);
        assertThat(unknownCoHost.json().path("errors").get(0).path("field").asString()).isEqualTo("coHostIds");
        var noLink = propose(host, draft("strand-1", "mode", "VIRTUAL"));
        assertThat(noLink.json().path("errors").get(0).path("field").asString()).isEqualTo("meetingUrl");
        var badPrinciple = propose(host, draft("strand-1", "principles", List.of(6)));
        assertThat(badPrinciple.status()).isEqualTo(400);
    }

    @Test
    void organisers_see_who_has_not_proposed_yet() {
        String proposer = confirmed("strand-5");
        String silent = confirmed("strand-5");
        propose(proposer, draft("strand-5"));

        var missing = http.get("/api/v1/dialogues/without-proposal?symposiumId=" + symposium).bearer(organiser).send();

        assertThat(missing.json().path("memberIds").toString()).contains(TestTokens.subjectOf(silent))
                .doesNotContain(TestTokens.subjectOf(proposer));
        assertThat(http.get("/api/v1/dialogues/without-proposal?symposiumId=" + symposium)
                .bearer(tokens.member(proposer)).send().status()).isEqualTo(403);
    }

    @Test
    void a_cancelled_registration_reaches_the_read_model_and_ends_the_right_to_propose() {
        String host = confirmed("strand-1");
        String memberId = TestTokens.subjectOf(host);

        registration(UUID.randomUUID().toString(), Instant.now().plusSeconds(1), "cancelled", symposium, memberId,
                "CANCELLED", "strand-1");

        await().atMost(Duration.ofSeconds(20)).until(() -> participants.confirmed(symposium, memberId).isEmpty());
        assertThat(propose(host, draft("strand-1")).status()).isEqualTo(403);
    }
}
