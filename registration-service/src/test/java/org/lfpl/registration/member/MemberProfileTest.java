package org.lfpl.registration.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member keeps their own profile; every change is announced as member.updated. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsePlatformInfrastructure
class MemberProfileTest {

    @LocalServerPort
    int port;

    Http http;
    TestTokens tokens = TestTokens.issuer();

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port);
    }

    static Map<String, Object> profile(String displayName) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("displayName", displayName);
        profile.put("organisation", "Hillside Primary School");
        profile.put("country", "GB");
        profile.put("bio", "Teacher and coach.");
        profile.put("preferredLanguage", "en");
        profile.put("timeZone", "Europe/London");
        profile.put("listedInDirectory", true);
        profile.put("nameSharedWithPartners", false);
        return profile;
    }

    @Test
    void a_member_saves_their_profile_and_reads_it_back() {
        String username = "teacher-" + UUID.randomUUID();
        String token = tokens.member(username, "school");

        var saved = http.put("/api/v1/members/me", profile("Tess Teacher")).bearer(token).send();
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"0\"");

        var read = http.get("/api/v1/members/me").bearer(token).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("id").asString()).isEqualTo(TestTokens.subjectOf(username));
        assertThat(read.json().path("displayName").asString()).isEqualTo("Tess Teacher");
        assertThat(read.json().path("email").asString()).isEqualTo(username + "@example.org");
        assertThat(read.json().path("timeZone").asString()).isEqualTo("Europe/London");
        assertThat(read.json().path("listedInDirectory").asBoolean()).isTrue();
    }

    @Test
    void saving_a_profile_publishes_member_updated_as_a_cloud_event_keyed_by_the_member() {
        String username = "researcher-" + UUID.randomUUID();
        String memberId = TestTokens.subjectOf(username);

        http.put("/api/v1/members/me", profile("Rhea Researcher")).bearer(tokens.member(username, "researcher")).send();

        var records = KafkaProbe.await(RegistrationTopics.EVENTS, 1, Duration.ofSeconds(15),
                record -> memberId.equals(record.key()));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("org.lfpl.registration.member.updated.v1");
            assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/registration-service");
            assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(memberId);
            assertThat(new String(record.value())).contains("\"displayName\":\"Rhea Researcher\"");
        });
    }

    @Test
    void a_profile_never_seen_before_is_filled_from_the_token() {
        String username = "student-" + UUID.randomUUID();
        var read = http.get("/api/v1/members/me").bearer(tokens.member(username, "school")).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("username").asString()).isEqualTo(username);
        assertThat(read.json().path("email").asString()).isEqualTo(username + "@example.org");
        assertThat(read.json().path("roles").valueStream().map(role -> role.asString()).toList())
                .as("the caller's own roles, so the portal knows which pages to offer").contains("member", "school")
                .doesNotContain("organiser");
    }

    @Test
    void invalid_fields_are_listed_one_by_one_in_a_problem() {
        Map<String, Object> bad = profile("");
        bad.put("country", "Britain");
        bad.put("timeZone", "Mars/Olympus");
        bad.put("bio", "x".repeat(2001));

        var response = http.put("/api/v1/members/me", bad).bearer(tokens.member("m-" + UUID.randomUUID())).send();

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("urn:lfpl:problem:invalid-request");
        assertThat(response.json().path("errors").findValuesAsString("field"))
                .containsExactly("bio", "country", "displayName", "timeZone");
    }

    @Test
    void a_body_that_is_not_json_is_a_clear_400_not_a_500() {
        var response = http.put("/api/v1/members/me", "{\"displayName\": [1, {").bearer(tokens.member("m-x")).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asString()).as(response.body()).isEqualTo("urn:lfpl:problem:unreadable-body");
    }

    /** The n requests sent at the same moment (one virtual thread each, released together); their answers. */
    static List<Http.Response> atOnce(int n, IntFunction<Http.Request> request) throws Exception {
        List<Future<Http.Response>> answers = new ArrayList<>();
        try (var together = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < n; i++) {
                Http.Request next = request.apply(i);
                answers.add(together.submit(() -> {
                    start.await();
                    return next.send();
                }));
            }
            start.countDown();
        }
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            responses.add(answer.get());
        }
        return responses;
    }

    @Test
    void saves_at_the_same_moment_without_if_match_all_succeed_and_the_last_one_wins() throws Exception {
        String token = tokens.member("m-" + UUID.randomUUID());
        int saves = 10; // as many as a save is tried: each lost race is another save that succeeded

        List<Http.Response> answers = atOnce(saves, i -> http.put("/api/v1/members/me", profile("Tab " + i)).bearer(token));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
        // The last save wins whole; every save was stored once, so the version counts them all.
        var read = http.get("/api/v1/members/me").bearer(token).send();
        assertThat(read.json().path("displayName").asString()).startsWith("Tab ");
        assertThat(read.header("ETag")).isEqualTo("\"" + (saves - 1) + "\"");
    }

    @Test
    void of_two_saves_made_from_the_same_copy_the_second_is_refused_as_stale() throws Exception {
        String token = tokens.member("m-" + UUID.randomUUID());
        String etag = http.put("/api/v1/members/me", profile("First")).bearer(token).send().header("ETag");

        List<Http.Response> answers = atOnce(6, i -> http.put("/api/v1/members/me", profile("Copy " + i)).bearer(token)
                .header("If-Match", etag));

        assertThat(answers).extracting(Http.Response::status)
                .as("one save wins, the others changed a copy that is no longer current")
                .containsOnly(200, 412).containsOnlyOnce(200);
    }

    @Test
    void an_update_based_on_a_stale_copy_is_refused() {
        String token = tokens.member("m-" + UUID.randomUUID());
        http.put("/api/v1/members/me", profile("First")).bearer(token).send();
        http.put("/api/v1/members/me", profile("Second")).bearer(token).send();

        var stale = http.put("/api/v1/members/me", profile("Third")).bearer(token).header("If-Match", "\"0\"").send();

        assertThat(stale.status()).isEqualTo(412);
        assertThat(http.put("/api/v1/members/me", profile("Any")).bearer(token).header("If-Match", "*").send().status())
                .as("* matches a stored profile").isEqualTo(200);
        assertThat(http.put("/api/v1/members/me", profile("New")).bearer(tokens.member("m-" + UUID.randomUUID()))
                .header("If-Match", "\"0\"").send().status()).as("nothing to match before the first save").isEqualTo(412);
        assertThat(stale.json().path("type").asString()).isEqualTo("urn:lfpl:problem:stale-update");
    }

    @Test
    void only_organisers_list_members() {
        assertThat(http.get("/api/v1/members").bearer(tokens.member("organiser-" + UUID.randomUUID(), "organiser"))
                .send().status()).isEqualTo(200);
        var teacher = http.get("/api/v1/members").bearer(tokens.member("t-" + UUID.randomUUID(), "school")).send();
        assertThat(teacher.status()).isEqualTo(403);
        assertThat(teacher.json().path("type").asString()).isEqualTo("urn:lfpl:problem:forbidden");
    }

    @Test
    void a_partner_client_has_no_member_profile() {
        assertThat(http.put("/api/v1/members/me", profile("Partner")).bearer(tokens.partner("demo-partner")).send()
                .status()).isEqualTo(403);
    }

    @Test
    void requests_without_a_valid_token_are_refused_with_401_problems() {
        String username = "m-" + UUID.randomUUID();
        Map<String, String> forged = Map.of(
                "none", "",
                "alg none", tokens.token().username(username).unsigned(),
                "HS256 with the public key", tokens.token().username(username).hmacWithPublicKey(),
                "wrong audience", tokens.token().username(username).audience("account").sign(),
                "wrong issuer", tokens.token().username(username).issuer("http://localhost:8180/realms/master").sign(),
                "expired", tokens.token().username(username).expired().sign(),
                "garbage", "not.a.token");
        forged.forEach((what, token) -> {
            var request = http.get("/api/v1/members/me");
            var response = (token.isEmpty() ? request : request.bearer(token)).send();
            assertThat(response.status()).as(what).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).as(what).startsWith("Bearer");
            assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
        });
    }
}
