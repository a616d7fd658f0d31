package org.lfpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lfpl.testsupport.Http;

/**
 * The walking skeleton, end to end on the running platform: a member updates their profile through
 * the gateway, registration-service stores it and publishes member.updated to Kafka, and
 * notification-service turns it into a notification the member reads through the gateway. Tokens
 * come from the real Keycloak.
 */
class WalkingSkeletonIT {

    static final String GATEWAY = System.getProperty("lfpl.gateway", "http://localhost:8080");
    final Http gateway = new Http(GATEWAY);

    static Map<String, Object> profile(String displayName) {
        return Map.of("displayName", displayName, "organisation", "Hillside Primary School", "country", "GB",
                "preferredLanguage", "en", "timeZone", "Europe/London", "listedInDirectory", true,
                "nameSharedWithPartners", false);
    }

    @Test
    void a_member_updates_their_profile_and_is_notified_through_the_gateway() {
        String token = Keycloak.member("teacher");
        String displayName = "Tom Teacher " + UUID.randomUUID().toString().substring(0, 8);

        var saved = gateway.put("/api/v1/members/me", profile(displayName)).bearer(token).send();
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        var read = gateway.get("/api/v1/members/me").bearer(token).send();
        assertThat(read.json().path("displayName").asString()).isEqualTo(displayName);
        assertThat(read.json().path("username").asString()).isEqualTo("teacher");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            var inbox = gateway.get("/api/v1/notifications").bearer(token).send();
            assertThat(inbox.status()).isEqualTo(200);
            assertThat(inbox.json().findValuesAsString("body")).anyMatch(body -> body.contains(displayName));
        });
    }

    @Test
    void an_api_call_without_a_token_is_401_problem_json_not_a_login_redirect() {
        var response = gateway.get("/api/v1/members/me").send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void a_role_that_does_not_allow_the_call_is_403() {
        assertThat(gateway.get("/api/v1/members").bearer(Keycloak.member("teacher")).send().status()).isEqualTo(403);
        assertThat(gateway.get("/api/v1/members").bearer(Keycloak.member("organiser")).send().status()).isEqualTo(200);
        assertThat(gateway.put("/api/v1/members/me", profile("A partner")).bearer(Keycloak.partner()).send().status())
                .as("a partner client is not a member").isEqualTo(403);
    }

    @Test
    void a_keycloak_token_for_another_audience_is_401() {
        var response = gateway.get("/api/v1/members/me").bearer(Keycloak.withoutApiAudience("teacher")).send();
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void a_keycloak_token_from_another_issuer_is_401() {
        var response = gateway.get("/api/v1/members/me").bearer(Keycloak.fromAnotherRealm()).send();
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void a_tampered_token_is_401() {
        String token = Keycloak.member("student");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThat(gateway.get("/api/v1/members/me").bearer(tampered).send().status()).isEqualTo(401);
    }

    @Test
    void the_portal_is_served_and_sign_in_starts_a_pkce_login_at_keycloak() {
        var home = gateway.get("/").header("Accept", "text/html").send();
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("LfPL Network");

        var login = gateway.get("/oauth2/authorization/keycloak").send();
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location"))
                .startsWith(Keycloak.URL + "/realms/lfpl/protocol/openid-connect/auth")
                .contains("client_id=lfpl-portal").contains("code_challenge=").contains("code_challenge_method=S256");
    }
}
