package org.lfpl.registration.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member's data is theirs: they export it, erase it, and appear in directories only if they chose to. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsePlatformInfrastructure
class MemberDataTest {

    @LocalServerPort
    int port;

    Http http;
    final TestTokens tokens = TestTokens.issuer();
    final String organiser = tokens.member("organiser", "organiser");

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port);
    }

    String publishedSymposium(int capacity) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "Symposium " + UUID.randomUUID());
        draft.put("startsOn", LocalDate.now().plusDays(60).toString());
        draft.put("endsOn", LocalDate.now().plusDays(61).toString());
        draft.put("timeZone", "Europe/London");
        draft.put("capacity", capacity);
        draft.put("registrationOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        draft.put("registrationClosesAt", Instant.now().plus(Duration.ofDays(30)).toString());
        String id = http.post("/api/v1/symposia", draft).bearer(organiser).send().json().path("id").asString();
        http.post("/api/v1/symposia/" + id + "/publish", null).bearer(organiser).send();
        return id;
    }

    void profile(String token, String name, boolean listed) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("displayName", name);
        profile.put("category", "TEACHER");
        profile.put("organisation", "Hillside Primary");
        profile.put("organisationType", "SCHOOL");
        profile.put("country", "GB");
        profile.put("interests", List.of("coaching", "student voice"));
        profile.put("listedInDirectory", listed);
        var saved = http.put("/api/v1/members/me", profile).bearer(token).send();
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    String register(String symposium, String token) {
        return http.post("/api/v1/symposia/" + symposium + "/registrations", Map.of("strands", List.of("strand-1"),
                "needs", Map.of("dietary", "no nuts"))).bearer(token).send().json().path("id").asString();
    }

    @Test
    void a_member_downloads_everything_held_about_them() {
        String token = tokens.member("ex-" + UUID.randomUUID(), "school");
        profile(token, "Ella Export", true);
        register(publishedSymposium(5), token);

        var export = http.get("/api/v1/members/me/export").bearer(token).send();
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        assertThat(export.json().path("profile").path("displayName").asString()).isEqualTo("Ella Export");
        assertThat(export.json().path("profile").path("interests").size()).isEqualTo(2);
        assertThat(export.json().path("registrations").get(0).path("needs").path("dietary").asString()).isEqualTo("no nuts");
    }

    @Test
    void an_erased_member_is_gone_here_their_seat_passes_on_and_other_services_are_told() {
        String symposium = publishedSymposium(1);
        String username = "er-" + UUID.randomUUID();
        String token = tokens.member(username, "school");
        profile(token, "Erin Erased", true);
        String seat = register(symposium, token);
        String next = tokens.member("next-" + UUID.randomUUID());
        String waiting = register(symposium, next);

        assertThat(http.delete("/api/v1/members/me").bearer(token).send().status()).isEqualTo(204);

        assertThat(http.get("/api/v1/members/me").bearer(token).send().status()).isEqualTo(404);
        var registration = http.get("/api/v1/registrations/" + seat).bearer(organiser).send().json();
        assertThat(registration.path("state").asString()).isEqualTo("CANCELLED");
        assertThat(registration.path("memberName").asString()).isEqualTo("Former member");
        assertThat(registration.path("needs").isMissingNode() || registration.path("needs").isNull()).isTrue();
        assertThat(http.get("/api/v1/registrations/" + waiting).bearer(next).send().json().path("state").asString())
                .isEqualTo("OFFERED");
        String memberId = TestTokens.subjectOf(username);
        assertThat(KafkaProbe.await(RegistrationTopics.EVENTS, 1, Duration.ofSeconds(15), record -> memberId.equals(record.key())
                && "org.lfpl.registration.member.erased.v1".equals(KafkaProbe.header(record, "ce_type")))).hasSize(1);
        assertThat(http.put("/api/v1/members/me", Map.of("displayName", "Back again")).bearer(token).send().status())
                .as("an erased account is not silently recreated").isEqualTo(404);
    }

    @Test
    void only_organisers_erase_someone_else() {
        String username = "o-" + UUID.randomUUID();
        String token = tokens.member(username);
        profile(token, "Olive", false);
        String memberId = TestTokens.subjectOf(username);
        assertThat(http.delete("/api/v1/members/" + memberId).bearer(tokens.member("someone")).send().status())
                .isEqualTo(403);
        assertThat(http.delete("/api/v1/members/" + memberId).bearer(organiser).send().status()).isEqualTo(204);
        assertThat(http.get("/api/v1/members/me").bearer(token).send().status()).isEqualTo(404);
    }

    @Test
    void the_directory_shows_consenting_confirmed_participants_to_participants_only() {
        String symposium = publishedSymposium(10);
        String listed = tokens.member("listed-" + UUID.randomUUID(), "school");
        String unlisted = tokens.member("unlisted-" + UUID.randomUUID(), "school");
        profile(listed, "Lena Listed", true);
        profile(unlisted, "Uma Unlisted", false);
        register(symposium, listed);
        register(symposium, unlisted);

        var directory = http.get("/api/v1/symposia/" + symposium + "/directory").bearer(unlisted).send();
        assertThat(directory.status()).isEqualTo(200);
        assertThat(directory.json().findValuesAsString("displayName")).containsExactly("Lena Listed");
        assertThat(http.get("/api/v1/symposia/" + symposium + "/directory").bearer(tokens.member("outsider")).send()
                .status()).isEqualTo(403);
        assertThat(http.get("/api/v1/symposia/" + symposium + "/directory").bearer(tokens.partner("demo-partner")).send()
                .status()).isEqualTo(403);
    }

    @Test
    void partners_read_published_symposia_and_figures_but_no_names() {
        String symposium = publishedSymposium(10);
        register(symposium, tokens.member("fig-" + UUID.randomUUID()));
        String partner = tokens.partner("demo-partner");

        assertThat(http.get("/api/v1/symposia/" + symposium).bearer(partner).send().status()).isEqualTo(200);
        var figures = http.get("/api/v1/symposia/" + symposium + "/figures").bearer(partner).send();
        assertThat(figures.status()).isEqualTo(200);
        assertThat(figures.json().path("confirmed").asInt()).isEqualTo(1);
        assertThat(figures.body()).doesNotContain("fig-").doesNotContain("@example.org");
        assertThat(http.get("/api/v1/symposia/" + symposium + "/registrations").bearer(partner).send().status())
                .isEqualTo(403);
    }
}
