package org.lfpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's session as a browser lives it, against the real gateway and Keycloak: sign in with
 * the authorization code flow (the login form is filled in as a person would), call the API with
 * only the session cookie (the gateway relays the access token), sign out, and be signed out when
 * Keycloak ends the session (back-channel logout). A session that is gone is a 401 problem for the
 * portal's API calls, never a redirect. Cookies are kept per site by hand, as a browser does.
 */
class PortalSessionIT {

    static final String USER = "portal-user";
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void user() {
        Keycloak.ensureUser(USER, "school");
    }

    @Test
    void a_member_signs_in_calls_the_api_with_only_a_session_cookie_and_signs_out() throws Exception {
        Browser browser = new Browser();
        String session = browser.signIn(USER);

        var me = browser.get(WalkingSkeletonIT.GATEWAY + "/api/v1/members/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains(USER + "@example.org");

        // Sign-out is a form post with the CSRF token the portal reads from its cookie.
        browser.get(WalkingSkeletonIT.GATEWAY + "/");
        String csrf = browser.gatewayCookies.get("XSRF-TOKEN");
        assertThat(csrf).as("the portal's CSRF cookie").isNotBlank();
        var withoutToken = browser.post(WalkingSkeletonIT.GATEWAY + "/logout", Map.of(), Map.of());
        assertThat(withoutToken.statusCode()).as("sign-out without the CSRF token").isEqualTo(403);
        var signOut = browser.post(WalkingSkeletonIT.GATEWAY + "/logout", Map.of(), Map.of("X-XSRF-TOKEN", csrf));
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(signOut.headers().firstValue("Location").orElseThrow())
                .as("RP-initiated logout at Keycloak").startsWith(Keycloak.URL + "/realms/lfpl/protocol/openid-connect/logout")
                .contains("id_token_hint=");

        // The old session cookie, replayed, opens nothing: the session is gone on the server, not only forgotten.
        var replayed = http.send(HttpRequest.newBuilder(URI.create(WalkingSkeletonIT.GATEWAY + "/api/v1/members/me"))
                .header("Cookie", "SESSION=" + session).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void when_keycloak_ends_the_session_the_portal_session_ends_too() throws Exception {
        Browser browser = new Browser();
        browser.signIn(USER);
        assertThat(browser.get(WalkingSkeletonIT.GATEWAY + "/api/v1/members/me").statusCode()).isEqualTo(200);

        Keycloak.endSessionsOf(USER); // an organiser or an administrator signs the user out at Keycloak

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(browser.get(WalkingSkeletonIT.GATEWAY + "/api/v1/members/me").statusCode()).isEqualTo(401));
    }

    /** Two cookie jars (gateway, Keycloak) and the login form, as a browser would handle them. */
    final class Browser { // also used by HostileClientsIT
        final Map<String, String> gatewayCookies = new LinkedHashMap<>();
        final Map<String, String> keycloakCookies = new LinkedHashMap<>();

        /** Signs in through the portal's login; the session cookie's value. */
        String signIn(String username) throws Exception {
            var start = get(WalkingSkeletonIT.GATEWAY + "/oauth2/authorization/keycloak");
            assertThat(start.statusCode()).isEqualTo(302);
            var loginPage = get(start.headers().firstValue("Location").orElseThrow());
            assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
            Matcher form = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>").matcher(loginPage.body());
            assertThat(form.find()).as("Keycloak's login form").isTrue();
            Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.group());
            assertThat(action.find()).isTrue();
            var loggedIn = post(action.group(1).replace("&amp;", "&"),
                    Map.of("username", username, "password", "demo", "credentialId", ""), Map.of());
            assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
            String callback = loggedIn.headers().firstValue("Location").orElseThrow();
            assertThat(callback).startsWith(WalkingSkeletonIT.GATEWAY + "/login/oauth2/code/keycloak");
            var back = get(callback);
            assertThat(back.statusCode()).isEqualTo(302);
            String setCookie = String.join("\n", back.headers().allValues("Set-Cookie"));
            assertThat(setCookie).as("the session cookie").contains("SESSION=").containsIgnoringCase("HttpOnly")
                    .contains("SameSite=Lax");
            return gatewayCookies.get("SESSION");
        }

        HttpResponse<String> get(String url) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json, text/html").GET(), url);
        }

        HttpResponse<String> post(String url, Map<String, String> form, Map<String, String> headers) throws Exception {
            String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                    StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return send(request, url);
        }

        private HttpResponse<String> send(HttpRequest.Builder request, String url) throws Exception {
            Map<String, String> jar = url.startsWith(Keycloak.URL) ? keycloakCookies : gatewayCookies;
            if (!jar.isEmpty()) {
                request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
            return response;
        }
    }
}
