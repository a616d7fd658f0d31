package org.lfpl.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keycloak not answering (here: the address the gateway asks has nothing listening): a portal
 * sign-in gets a clear 503 page, or a problem to a script, with Retry-After, instead of a redirect
 * to a page that cannot load; the API keeps working for tokens already issued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInUnavailableTest extends ThroughTheGateway {

    static final StubService SERVICE = new StubService();

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        wire(registry, SERVICE);
        registry.add("lfpl.portal.sign-in-probe-uri", () -> "http://127.0.0.1:" + freePort() + "/realms/lfpl/.well-known/openid-configuration");
    }

    @AfterAll
    static void stop() {
        SERVICE.stop();
    }

    @Override
    StubService service() {
        return SERVICE;
    }

    @Test
    void a_browser_starting_to_sign_in_is_told_that_sign_in_is_unavailable() {
        var page = gateway.get("/oauth2/authorization/keycloak").header("Accept", "text/html,application/xhtml+xml").send();
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Retry-After")).isEqualTo("30");
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Sign-in is not available at the moment").contains("already signed in");
    }

    @Test
    void a_script_gets_a_problem_and_an_issued_token_still_works() {
        var problem = gateway.get("/oauth2/authorization/keycloak").header("Accept", "application/json").send();
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.json().path("type").asString()).isEqualTo("urn:lfpl:problem:sign-in-unavailable");

        assertThat(gateway.get("/api/v1/members/me").bearer(tokens.member("signed-in-before")).send().status()).isEqualTo(200);
    }
}
