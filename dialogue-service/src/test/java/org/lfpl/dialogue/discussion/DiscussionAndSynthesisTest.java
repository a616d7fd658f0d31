package org.lfpl.dialogue.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.SymposiumTest;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * A dialogue's discussion (safe markdown, replies, own edits and deletes, moderation by hosts and
 * organisers), its recorded outputs, the synthesis board for the plenary, and erasure that keeps
 * threads readable.
 */
class DiscussionAndSynthesisTest extends SymposiumTest {



    String host;
    String member;
    String outsider;
    String dialogue;

    @BeforeEach
    void aScheduledDialogueWithOneParticipant() {
        symposium.simpleProgramme();
        host = symposium.confirmed("strand-2");
        member = symposium.confirmed("strand-2");
        outsider = symposium.confirmed("strand-2");
        dialogue = symposium.scheduled(host, "s1", "a", symposium.draft("strand-2"));
        assertThat(http.post("/api/v1/dialogues/" + dialogue + "/join", null).bearer(symposium.token(member)).send()
                .status()).isEqualTo(200);
    }

    String contributions() {
        return "/api/v1/dialogues/" + dialogue + "/contributions";
    }

    Http.Response post(String username, String markdown, String parentId) {
        Map<String, Object> body = parentId == null ? Map.of("markdown", markdown)
                : Map.of("markdown", markdown, "parentId", parentId);
        return http.post(contributions(), body).bearer(symposium.token(username)).send();
    }

    @Test
    void participants_post_markdown_that_is_rendered_safely_and_announced() {
        var posted = post(member, "**Three** kinds of talk <script>alert(1)</script> [see](javascript:alert(1))", null);

        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String html = posted.json().path("html").asString();
        assertThat(html).contains("<strong>Three</strong>", "&lt;script&gt;").doesNotContain("<script>", "javascript:");
        String id = posted.json().path("id").asString();
        var event = KafkaProbe.await(DialogueTopics.EVENTS, 1, Duration.ofSeconds(15), record -> id.equals(record.key()));
        assertThat(KafkaProbe.header(event.getFirst(), "ce_type")).isEqualTo("org.lfpl.dialogue.contribution.posted.v1");
        assertThat(new String(event.getFirst().value())).doesNotContain("Three");
    }

    @Test
    void only_those_in_the_dialogue_read_and_post() {
        post(host, "Welcome", null);

        assertThat(http.get(contributions()).bearer(symposium.token(outsider)).send().status()).isEqualTo(404);
        assertThat(post(outsider, "Let me in", null).status()).isEqualTo(404);
        assertThat(http.get(contributions()).bearer(symposium.token(member)).send().json()).hasSize(1);
        assertThat(http.get(contributions()).bearer(symposium.organiser).send().json()).hasSize(1);
    }

    @Test
    void authors_edit_and_delete_their_own_posts_and_replies_stay_readable() {
        String first = post(member, "First thought", null).json().path("id").asString();
        var reply = post(host, "A reply", first);
        assertThat(reply.json().path("parentId").asString()).isEqualTo(first);
        assertThat(post(host, "Reply to nothing", "no-such-post").status()).isEqualTo(400);

        assertThat(http.put(contributions() + "/" + first, Map.of("markdown", "Second thought"))
                .bearer(symposium.token(host)).send().json().path("type").asString()).isEqualTo("urn:lfpl:problem:not-your-post");
        var edited = http.put(contributions() + "/" + first, Map.of("markdown", "Second thought"))
                .bearer(symposium.token(member)).send().json();
        assertThat(edited.path("markdown").asString()).isEqualTo("Second thought");
        assertThat(edited.path("editedAt").isMissingNode()).isFalse();

        http.delete(contributions() + "/" + first).bearer(symposium.token(member)).send();
        JsonNode thread = http.get(contributions()).bearer(symposium.token(host)).send().json();
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0).path("deleted").asBoolean()).isTrue();
        assertThat(thread.get(0).path("markdown").isMissingNode() || thread.get(0).path("markdown").isNull()).isTrue();
        assertThat(thread.get(1).path("markdown").asString()).isEqualTo("A reply");
    }

    @Test
    void hosts_and_organisers_hide_posts_participants_do_not() {
        String id = post(member, "Off topic", null).json().path("id").asString();
        String mine = post(host, "On topic", null).json().path("id").asString();

        assertThat(http.post(contributions() + "/" + mine + "/hide", null).bearer(symposium.token(member)).send()
                .status()).isEqualTo(403);
        var hidden = http.post(contributions() + "/" + id + "/hide", null).bearer(symposium.token(host)).send().json();

        assertThat(hidden.path("hidden").asBoolean()).isTrue();
        assertThat(hidden.path("markdown").isMissingNode() || hidden.path("markdown").isNull()).isTrue();
    }

    @Test
    void outputs_are_recorded_and_the_synthesis_board_groups_them_for_the_plenary() {
        String insights = "/api/v1/dialogues/" + dialogue + "/insights";
        var insight = http.post(insights, Map.of("kind", "INSIGHT", "text", "Single-question walks work",
                "principles", List.of(1, 2))).bearer(symposium.token(member)).send();
        assertThat(insight.status()).as(insight.body()).isEqualTo(201);
        http.post(insights, Map.of("kind", "TENSION", "text", "Time versus depth", "principles", List.of(2)))
                .bearer(symposium.token(host)).send();
        assertThat(http.post(insights, Map.of("kind", "QUESTION", "text", "Why?", "principles", List.of(3)))
                .bearer(symposium.token(outsider)).send().status()).isEqualTo(404);
        assertThat(http.post(insights, Map.of("kind", "QUESTION", "text", "Why?", "principles", List.of(7)))
                .bearer(symposium.token(member)).send().status()).isEqualTo(400);

        String id = insight.json().path("id").asString();
        assertThat(http.put(insights + "/" + id + "/plenary", Map.of("outcome", true, "note", "Adopted"))
                .bearer(symposium.token(host)).send().status()).as("organisers only").isEqualTo(403);
        http.put(insights + "/" + id + "/plenary", Map.of("outcome", true, "note", "Adopted")).bearer(symposium.organiser).send();

        JsonNode board = http.get("/api/v1/programmes/" + symposium.symposium + "/synthesis")
                .bearer(symposium.token(outsider)).send().json();
        assertThat(board.path("total").asInt()).isEqualTo(2);
        assertThat(board.path("countsByStrand").path("strand-2").path("INSIGHT").asInt()).isEqualTo(1);
        assertThat(board.path("countsByStrand").path("strand-2").path("TENSION").asInt()).isEqualTo(1);
        assertThat(board.path("countsByPrinciple").path("2").asInt()).isEqualTo(2);
        assertThat(board.path("plenaryOutcomes")).singleElement()
                .satisfies(o -> assertThat(o.path("plenaryNote").asString()).isEqualTo("Adopted"));
        assertThat(http.get("/api/v1/programmes/" + symposium.symposium + "/synthesis")
                .bearer(symposium.tokens.member("m-" + UUID.randomUUID())).send().status()).isEqualTo(404);
    }

    @Test
    void an_erased_member_s_posts_keep_their_place_without_name_or_text() {
        post(member, "Something personal", null);
        String reply = post(host, "Thank you", null).json().path("id").asString();
        String memberId = TestTokens.subjectOf(member);

        KafkaProbe.send(RegistrationTopics.EVENTS, memberId, ("{\"memberId\":\"" + memberId + "\"}")
                .getBytes(StandardCharsets.UTF_8), Map.of("ce_id", UUID.randomUUID().toString(), "ce_specversion", "1.0",
                "ce_source", "/registration-service", "ce_type", "org.lfpl.registration.member.erased.v1",
                "ce_subject", memberId, "content-type", "application/json"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode thread = http.get(contributions()).bearer(symposium.organiser).send().json();
            assertThat(thread.get(0).path("authorName").asString()).isEqualTo("A former participant");
            assertThat(thread.toString()).doesNotContain("Something personal", memberId);
        });
        assertThat(http.get(contributions()).bearer(symposium.organiser).send().json().toString()).contains(reply);
    }
}
