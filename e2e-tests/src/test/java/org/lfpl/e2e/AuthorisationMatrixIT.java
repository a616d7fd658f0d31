package org.lfpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lfpl.testsupport.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of every service, for every kind of caller, through the gateway with real Keycloak
 * tokens. The routes come from the services' own OpenAPI specs (so a new route without a line in
 * {@code authorisation-matrix.txt} fails this test), and each answer must be the documented one:
 * 401, 403, or "ok" (authorisation passed: any other answer, with random ids usually 404 or 400).
 * No route may answer 5xx to anyone.
 */
class AuthorisationMatrixIT {

    static final List<String> SERVICES = List.of("registration-service", "dialogue-service", "artefact-service",
            "notification-service");
    static final List<String> CALLERS = List.of("anonymous", "member", "school", "researcher", "partner", "organiser");

    /** Erases the caller: checked only for the callers it must refuse. */
    static final String ERASE_MYSELF = "DELETE /api/v1/members/me";

    static final Map<String, String> TOKENS = new LinkedHashMap<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void callers() {
        Keycloak.ensureUser("matrix-member");
        Keycloak.ensureUser("matrix-school", "school");
        Keycloak.ensureUser("matrix-researcher", "researcher");
        Keycloak.ensureUser("matrix-organiser", "organiser");
        TOKENS.put("member", Keycloak.member("matrix-member"));
        TOKENS.put("school", Keycloak.member("matrix-school"));
        TOKENS.put("researcher", Keycloak.member("matrix-researcher"));
        TOKENS.put("partner", Keycloak.partner());
        TOKENS.put("organiser", Keycloak.member("matrix-organiser"));
    }

    record Route(String method, String path) {
        String key() {
            return method + " " + path.replaceAll("\\{[^}]+}", "{}");
        }
    }

    @Test
    void every_route_of_every_service_answers_each_kind_of_caller_as_documented() throws Exception {
        Map<String, List<String>> documented = documented();
        Map<String, Route> routes = new LinkedHashMap<>();
        Set<String> withBody = new LinkedHashSet<>();
        Http gateway = new Http(WalkingSkeletonIT.GATEWAY);
        for (String service : SERVICES) {
            var spec = gateway.get("/api-docs/" + service).send();
            assertThat(spec.status()).as("spec of " + service + " through the gateway").isEqualTo(200);
            JsonNode paths = spec.json().path("paths");
            for (String path : paths.propertyNames()) {
                for (String method : paths.path(path).propertyNames()) {
                    // Each service's organiser endpoints are published by the gateway under its name.
                    String published = path.startsWith("/api/v1/admin/")
                            ? path.replace("/api/v1/admin/", "/api/v1/admin/" + service + "/") : path;
                    Route route = new Route(method.toUpperCase(java.util.Locale.ROOT), published);
                    routes.put(route.key(), route);
                    if (paths.path(path).path(method).has("requestBody")) {
                        withBody.add(route.key());
                    }
                }
            }
        }
        assertThat(new TreeSet<>(documented.keySet())).as("authorisation-matrix.txt lists exactly the routes of the specs")
                .isEqualTo(new TreeSet<>(routes.keySet()));

        SoftAssertions answers = new SoftAssertions();
        int calls = 0;
        for (Route route : routes.values()) {
            List<String> expected = documented.get(route.key());
            for (int c = 0; c < CALLERS.size(); c++) {
                String caller = CALLERS.get(c);
                if (route.key().equals(ERASE_MYSELF) && expected.get(c).equals("ok")) {
                    continue;
                }
                int status = call(route, TOKENS.get(caller), withBody.contains(route.key()));
                calls++;
                String what = route.key() + " as " + caller + " answered " + status;
                answers.assertThat(status).as(what + " (no 5xx, ever)").isLessThan(500);
                switch (expected.get(c)) {
                    case "ok" -> answers.assertThat(status).as(what + ", documented: allowed").isNotIn(401, 403);
                    default -> answers.assertThat(Integer.toString(status)).as(what).isEqualTo(expected.get(c));
                }
            }
        }
        answers.assertAll();
        System.out.printf("Authorisation matrix: %d routes x %d callers, %d calls, all as documented%n",
                routes.size(), CALLERS.size(), calls);
    }

    /** One call; a 429 is waited out as its Retry-After says, as a well-behaved client would. */
    private int call(Route route, String token, boolean body) throws Exception {
        String path = route.path().replaceAll("\\{number}", "1").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(WalkingSkeletonIT.GATEWAY + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "*/*")
                    // A JSON array where the operations expect objects: refused as invalid, changes nothing.
                    .method(route.method(), body ? HttpRequest.BodyPublishers.ofString("[]")
                            : HttpRequest.BodyPublishers.noBody());
            if (body) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream ignored = response.body()) {
                // headers are enough; an event stream would never end
            } catch (IOException ignored) {
                // closing an endless stream early is expected
            }
            if (response.statusCode() == 429 && attempt < 5) {
                Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
                continue;
            }
            return response.statusCode();
        }
    }

    /** The documented answers: route key to one answer per caller, in {@link #CALLERS} order. */
    static Map<String, List<String>> documented() throws IOException {
        Map<String, List<String>> documented = new LinkedHashMap<>();
        try (InputStream file = AuthorisationMatrixIT.class.getResourceAsStream("/authorisation-matrix.txt")) {
            for (String line : new String(file.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                if (content.isBlank()) {
                    continue;
                }
                String[] fields = content.trim().split("\\s+");
                assertThat(fields).as("line: " + line).hasSize(2 + CALLERS.size());
                Route route = new Route(fields[0], fields[1]);
                assertThat(documented.put(route.key(), new ArrayList<>(List.of(fields).subList(2, fields.length))))
                        .as("listed twice: " + route.key()).isNull();
            }
        }
        return documented;
    }
}
