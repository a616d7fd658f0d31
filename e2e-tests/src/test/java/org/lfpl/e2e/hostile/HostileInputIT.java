package org.lfpl.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.lfpl.e2e.Keycloak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input, generated from the services' own OpenAPI documents: for every operation at least 50
 * malformed requests go through the gateway as an organiser (the widest rights, so validation is
 * reached): never a 5xx, every answer a 4xx problem+json that states its own status. Afterwards the
 * platform's state, read through the same API, is what it was before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    static final String GATEWAY = System.getProperty("lfpl.gateway", "http://localhost:8080");
    static final List<String> SERVICES = List.of("registration-service", "dialogue-service", "artefact-service",
            "notification-service");
    /** Each organiser has their own rate-limit bucket at the gateway; four keep the suite quick. */
    static final List<String> ORGANISERS = List.of("hostile-organiser-1", "hostile-organiser-2", "hostile-organiser-3",
            "hostile-organiser-4");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<Operation> operations = new ArrayList<>();
    final Map<String, String> tokens = new LinkedHashMap<>();
    Instant tokensFetched = Instant.EPOCH;
    final AtomicInteger sent = new AtomicInteger();
    final Map<Integer, AtomicInteger> statuses = new TreeMap<>();
    Map<String, String> before;

    @BeforeAll
    void readTheSpecsAndTheStateBefore() throws Exception {
        ORGANISERS.forEach(name -> Keycloak.ensureUser(name, "organiser"));
        for (String service : SERVICES) {
            HttpResponse<String> spec = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api-docs/" + service)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(spec.statusCode()).as(service + " spec").isEqualTo(200);
            operations.addAll(Operation.of(service, JSON.readTree(spec.body())));
        }
        before = state();
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> every_operation_refuses_malformed_requests_with_a_4xx_problem() {
        assertThat(operations).as("operations in the four specs").hasSizeGreaterThan(90);
        return operations.stream().map(operation -> DynamicTest.dynamicTest(operation.id(), () -> {
            List<MalformedRequests.Request> requests = MalformedRequests.of(operation);
            assertThat(requests).as("malformed requests for " + operation.id()).hasSizeGreaterThanOrEqualTo(50);
            List<String> wrong = new ArrayList<>();
            for (MalformedRequests.Request request : requests) {
                String verdict = verdict(send(request));
                if (verdict != null) {
                    wrong.add(request.what() + " -> " + verdict);
                }
            }
            assertThat(wrong).as(operation.id() + ": answers that are not a 4xx problem+json").isEmpty();
        }));
    }

    @Test
    @Order(2)
    void nothing_was_changed_by_any_of_them() throws Exception {
        System.out.printf("[hostile-input] %d operations, %d malformed requests, statuses %s%n", operations.size(),
                sent.get(), statuses);
        assertThat(statuses.keySet()).as("no request succeeded").allMatch(status -> status >= 400 && status < 500);
        // What existed before is unchanged (symposia that others create meanwhile are not compared).
        Map<String, String> after = state();
        before.forEach((what, was) -> assertThat(after.get(what)).as(what).isEqualTo(was));
    }

    /** null when the answer is right; otherwise what was wrong with it. */
    private static String verdict(HttpResponse<String> response) {
        if (response == null) {
            return "no answer within 20 s (a stream or a hang)";
        }
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            return status + " " + shorten(response.body());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return status + " with Content-Type '" + type + "': " + shorten(response.body());
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (RuntimeException notJson) {
            return status + " problem+json that is not JSON: " + shorten(response.body());
        }
        if (problem.path("status").asInt() != status || problem.path("type").asString("").isBlank()) {
            return status + " problem without a matching status or a type: " + shorten(response.body());
        }
        return null;
    }

    private HttpResponse<String> send(MalformedRequests.Request request) throws Exception {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        for (int attempt = 0; attempt < 20; attempt++) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(GATEWAY + request.pathAndQuery()))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + nextToken())
                    .method(request.method(), body);
            if (request.contentType() != null) {
                builder.header("Content-Type", request.contentType());
            }
            HttpResponse<String> response;
            try {
                response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException hang) {
                return null;
            }
            if (response.statusCode() == 429) { // this organiser's bucket is empty: wait as told, not counted
                Thread.sleep(Math.max(200, 1000L * response.headers().firstValueAsLong("Retry-After").orElse(1)) / ORGANISERS.size());
                continue;
            }
            sent.incrementAndGet();
            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            return response;
        }
        throw new IllegalStateException("still rate limited after 20 attempts: " + request.what());
    }

    private int next;

    private String nextToken() {
        if (Duration.between(tokensFetched, Instant.now()).toSeconds() > 120) {
            ORGANISERS.forEach(name -> tokens.put(name, Keycloak.member(name)));
            tokensFetched = Instant.now();
        }
        return tokens.get(ORGANISERS.get(next++ % ORGANISERS.size()));
    }

    /** What the suite could have changed, read through the API as the first organiser. */
    private Map<String, String> state() throws Exception {
        String token = Keycloak.member(ORGANISERS.getFirst());
        Map<String, String> state = new TreeMap<>();
        String list = get("/api/v1/symposia", token);
        JsonNode symposia = JSON.readTree(list.substring(list.indexOf(' ') + 1));
        state.put("members/me", get("/api/v1/members/me", token));
        state.put("notification preferences", get("/api/v1/notifications/preferences", token));
        state.put("webhooks", get("/api/v1/webhooks", token));
        for (JsonNode symposium : symposia.isArray() ? symposia : symposia.path("symposia")) {
            String id = symposium.path("id").asString();
            state.put(id, symposium.toString());
            state.put(id + " registrations", get("/api/v1/symposia/" + id + "/registrations/counts", token));
            state.put(id + " dialogues", get("/api/v1/dialogues?symposiumId=" + id, token));
            state.put(id + " artefacts", get("/api/v1/artefacts?symposiumId=" + id, token));
            state.put(id + " programme", get("/api/v1/programmes/" + id, token));
            state.put(id + " hosting rule", get("/api/v1/dialogues/hosting-rule?symposiumId=" + id, token));
        }
        return state;
    }

    private String get(String path, String token) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429 || attempt == 20) {
                return response.statusCode() + " " + response.body();
            }
            // The state is read by an organiser whose bucket the suite just emptied: wait as told.
            Thread.sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
        }
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
