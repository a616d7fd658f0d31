package org.lfpl.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway as the only door: bearer tokens are checked before anything reaches a service and
 * passed on unchanged; API calls without credentials get a 401 problem, pages get the portal, and
 * sign-in starts an authorization-code login with PKCE. Services are stood in for by one stub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayDoorTest extends ThroughTheGateway {

    static final StubService SERVICE = new StubService();
    static final List<String> RECEIVED = SERVICE.received;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        wire(registry, SERVICE);
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
    void a_valid_bearer_token_is_checked_and_passed_on_unchanged() {
        String token = tokens.member("teacher", "school");
        for (String path : List.of("/api/v1/members/me", "/api/v1/dialogues", "/api/v1/artefacts",
                "/api/v1/notifications")) {
            assertThat(gateway.get(path).bearer(token).send().status()).as(path).isEqualTo(200);
        }
        assertThat(RECEIVED).hasSize(4).allMatch(line -> line.startsWith("GET ") && line.endsWith(" Bearer " + token));
    }

    @Test
    void a_bearer_call_is_stateless_no_cookie_is_set_and_no_csrf_token_is_asked_for() {
        String token = tokens.member("teacher", "school");
        var read = gateway.get("/api/v1/members/me").bearer(token).send();
        var write = gateway.put("/api/v1/members/me", "{}").bearer(token).header("Cookie", "SESSION=someone-elses").send();
        var refused = gateway.get("/api/v1/members/me").bearer(tokens.token().expired().sign()).send();

        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).as("a bearer write needs no CSRF token, whatever cookie comes with it").isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        for (var response : List.of(read, write, refused)) {
            assertThat(response.header("Set-Cookie")).as("no session or XSRF cookie for bearer calls").isNull();
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
        assertThat(RECEIVED).containsExactly("GET /api/v1/members/me Bearer " + token, "PUT /api/v1/members/me Bearer " + token);
    }

    @Test
    void an_api_call_without_credentials_is_a_401_problem_and_never_reaches_a_service() {
        var response = gateway.get("/api/v1/members/me").send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("urn:lfpl:problem:unauthorized");
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void a_private_calendar_feed_is_passed_on_without_sign_in_and_nothing_else_is() {
        assertThat(gateway.get("/api/v1/programmes/feeds/secret-token.ics").send().status()).isEqualTo(200);
        assertThat(RECEIVED).containsExactly("GET /api/v1/programmes/feeds/secret-token.ics null");
        assertThat(gateway.get("/api/v1/programmes/feeds/secret-token.ics/more").send().status()).isEqualTo(401);
        assertThat(gateway.get("/api/v1/programmes/some-symposium").send().status()).isEqualTo(401);
    }

    @Test
    void tokens_with_the_wrong_audience_issuer_algorithm_or_age_never_reach_a_service() {
        for (String token : List.of(
                tokens.token().audience("account").sign(),
                tokens.token().issuer("http://localhost:8180/realms/master").sign(),
                tokens.token().unsigned(),
                tokens.token().hmacWithPublicKey(),
                tokens.token().expired().sign())) {
            assertThat(gateway.get("/api/v1/members/me").bearer(token).send().status()).isEqualTo(401);
        }
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void sign_in_starts_an_authorization_code_login_with_pkce() {
        var login = gateway.get("/oauth2/authorization/keycloak").send();
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location"))
                .startsWith(tokens.issuerUri() + "/protocol/openid-connect/auth")
                .contains("response_type=code").contains("client_id=lfpl-portal")
                .contains("code_challenge=").contains("code_challenge_method=S256");
    }

    @Test
    void the_portal_page_is_served_to_anyone() {
        var home = gateway.get("/").header("Accept", "text/html").send();
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<title>LfPL Network</title>");
    }

    @Test
    void a_portal_page_opened_directly_gets_the_portal_but_api_paths_and_files_do_not() {
        String portal = gateway.get("/").header("Accept", "text/html").send().body();
        for (String page : List.of("/profile", "/symposia/42/register", "/programme/")) {
            var opened = gateway.get(page).header("Accept", "text/html,application/xhtml+xml").send();
            assertThat(opened.status()).as(page).isEqualTo(200);
            assertThat(opened.body()).as(page).isEqualTo(portal);
        }
        assertThat(gateway.get("/api/v1/members/me").header("Accept", "text/html").send().status())
                .as("the API keeps its own answers").isEqualTo(401);
        assertThat(gateway.get("/assets/missing.js").header("Accept", "text/html").send().status()).isEqualTo(404);
        assertThat(gateway.get("/profile").header("Accept", "application/json").send().status())
                .as("only page navigations").isEqualTo(404);
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void the_portal_echoing_its_csrf_cookie_passes_the_csrf_check() {
        var page = gateway.get("/").header("Accept", "text/html").send();
        String cookie = page.header("Set-Cookie");
        assertThat(cookie).as("the portal gets a readable XSRF-TOKEN cookie").contains("XSRF-TOKEN=");
        String token = cookie.substring(cookie.indexOf("XSRF-TOKEN=") + 11).split(";")[0];

        var write = gateway.put("/api/v1/members/me", "{}").header("Cookie", "XSRF-TOKEN=" + token)
                .header("X-XSRF-TOKEN", token).send();
        assertThat(write.status()).as("past CSRF; refused only for having no session").isEqualTo(401);
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void a_browser_write_without_a_csrf_token_is_refused_before_any_service() {
        var response = gateway.put("/api/v1/members/me", "{}").header("Cookie", "SESSION=stolen").send();
        assertThat(response.status()).isEqualTo(403);
        assertThat(RECEIVED).isEmpty();
    }
}
