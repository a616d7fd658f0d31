package org.lfpl.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the door does besides checking tokens: partners reach only what their scopes open, every
 * caller has a token bucket, bodies have limits per route, a service that is down is a quick 503
 * with Retry-After, only reads are retried, and every answer carries the security headers. One stub
 * stands in for the services; dialogue-service's address has nothing listening.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lfpl.rate-limits.people.per-second=1", "lfpl.rate-limits.people.burst=5",
        "lfpl.rate-limits.partners.per-second=1", "lfpl.rate-limits.partners.burst=5",
        "lfpl.rate-limits.clients.big-partner.per-second=100", "lfpl.rate-limits.clients.big-partner.burst=100",
        "lfpl.partners.cors-origins=https://partner.example.org",
        "LFPL_ARTEFACTS_MAX_FILE_SIZE=2MB",
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s", // routes without their own
        "server.forward-headers-strategy=framework"}) // as behind the Kubernetes ingress that ends TLS
class GatewayProtectionTest extends ThroughTheGateway {

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    static final StubService SERVICE = new StubService();

    /** dialogue-service is down: nothing listens at its address. */
    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        wire(registry, SERVICE, "DIALOGUE");
    }

    @AfterAll
    static void stop() {
        SERVICE.stop();
    }

    @Override
    StubService service() {
        return SERVICE;
    }

    // --- partner API: by scope ---

    @Test
    void a_partner_reaches_the_programme_only_with_the_programme_scope() {
        String without = tokens.partner("city-museum", "lfpl.webhooks");
        String with = tokens.partner("city-library", "lfpl.programme");

        var refused = gateway.get("/api/v1/symposia").bearer(without).send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(gateway.get("/api/v1/symposia").bearer(with).send().status()).isEqualTo(200);
        assertThat(SERVICE.paths()).containsExactly("GET /api/v1/symposia");
    }

    @Test
    void a_malformed_request_target_is_refused_at_the_door_with_a_problem() {
        String member = tokens.member("tidy-" + java.util.UUID.randomUUID(), "member");
        SERVICE.received.clear();
        for (String target : java.util.List.of("/api/v1/symposia/%ED%A0%80", "/api/v1/symposia/%C0%AF",
                "/api/v1/symposia/%FF", "/api/v1/symposia?q=%ED%A0%80", "/api/v1/symposia/%00",
                "/api/v1/symposia/a%2Fb", "/api/v1/symposia/a%5Cb")) {
            var refused = gateway.get(target).bearer(member).send();
            assertThat(refused.status()).as(target).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(target).startsWith("application/problem+json");
            assertThat(refused.json().path("type").asString()).as(target).isEqualTo("urn:lfpl:problem:malformed-request-target");
        }
        assertThat(SERVICE.received).as("none of them reached a service").isEmpty();
        assertThat(gateway.get("/api/v1/symposia/caf%C3%A9%20%F0%9F%98%80").bearer(member).send().status())
                .as("well-formed UTF-8 passes").isEqualTo(200);
    }

    @Test
    void a_partner_never_reaches_members_registrations_or_writes_outside_its_scopes() {
        String partner = tokens.partner("nosy-partner", "lfpl.programme", "lfpl.figures", "lfpl.artefacts", "lfpl.webhooks");
        assertThat(gateway.get("/api/v1/members/me").bearer(partner).send().status()).isEqualTo(403);
        assertThat(gateway.get("/api/v1/symposia/s1/registrations").bearer(partner).send().status()).isEqualTo(403);
        assertThat(gateway.post("/api/v1/symposia", "{}").bearer(partner).send().status()).isEqualTo(403);
        assertThat(gateway.post("/api/v1/artefacts", "{}").bearer(partner).send().status()).isEqualTo(403);
        assertThat(SERVICE.received).isEmpty();

        assertThat(gateway.get("/api/v1/symposia/s1/figures").bearer(partner).send().status()).isEqualTo(200);
        assertThat(gateway.post("/api/v1/webhooks", "{}").bearer(partner).send().status()).isEqualTo(200);
    }

    @Test
    void public_artefacts_are_open_to_anyone_but_a_partner_still_needs_the_artefacts_scope() {
        assertThat(gateway.get("/api/v1/artefacts/a1").send().status()).isEqualTo(200);
        assertThat(gateway.get("/api/v1/artefacts/a1").bearer(tokens.partner("no-artefacts", "lfpl.programme"))
                .send().status()).isEqualTo(403);
        assertThat(gateway.get("/api/v1/artefacts/a1").bearer(tokens.partner("with-artefacts", "lfpl.artefacts"))
                .send().status()).isEqualTo(200);
    }

    /**
     * HTTP/1.1 lets a client send its next requests on a kept-alive connection before the answers
     * to the previous ones (pipelining): every one is answered in order, refusals at the door
     * included, and the connection takes further requests after them.
     */
    @Test
    void requests_pipelined_on_one_connection_are_answered_in_order_refusals_included() throws Exception {
        String proxied = "GET /api/v1/artefacts/a1 HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String refused = "GET /api/v1/artefacts/a1 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + tokens.partner("early-no-artefacts", "lfpl.programme") + "\r\n\r\n"; // a scope short: 403 at the door
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StatusLines answers = new StatusLines(socket.getInputStream());
            socket.getOutputStream().write((proxied + refused).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(answers.await(2)).containsExactly("200", "403");

            socket.getOutputStream().write(proxied.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(answers.await(3)).as("the next request on that connection").containsExactly("200", "403", "200");
        }
    }

    /** Status codes of the answers read from a raw connection so far (bodies end without a line break). */
    private static final class StatusLines {
        private final InputStream in;
        private final StringBuilder received = new StringBuilder();
        private final java.util.regex.Matcher statusLine = java.util.regex.Pattern.compile("HTTP/1\\.1 (\\d{3}) ").matcher("");

        StatusLines(InputStream in) {
            this.in = in;
        }

        /** Reads until {@code count} answers have begun, or the socket's timeout passes; returns their codes. */
        List<String> await(int count) throws java.io.IOException {
            byte[] chunk = new byte[8192];
            try {
                while (codes().size() < count) {
                    int n = in.read(chunk);
                    if (n < 0) {
                        break;
                    }
                    received.append(new String(chunk, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            } catch (java.net.SocketTimeoutException stuck) {
                // the caller's assertion says what was answered before the gateway stopped
            }
            return codes();
        }

        private List<String> codes() {
            List<String> codes = new java.util.ArrayList<>();
            for (statusLine.reset(received); statusLine.find(); ) {
                codes.add(statusLine.group(1));
            }
            return codes;
        }
    }

    @Test
    void people_are_not_limited_by_partner_scopes() {
        assertThat(gateway.get("/api/v1/members/me").bearer(tokens.member("scopeless-teacher", "school")).send().status())
                .isEqualTo(200);
    }

    // --- rate limits ---

    @Test
    void a_person_over_their_limit_gets_429_with_retry_after_and_others_are_not_affected() {
        String hasty = tokens.member("hasty");
        for (int i = 0; i < 5; i++) {
            assertThat(gateway.get("/api/v1/members/me").bearer(hasty).send().status()).as("call %d", i).isEqualTo(200);
        }
        var limited = gateway.get("/api/v1/members/me").bearer(hasty).send();
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        assertThat(limited.json().path("type").asString()).isEqualTo("urn:lfpl:problem:rate-limited");
        assertThat(SERVICE.received).hasSize(5);

        assertThat(gateway.get("/api/v1/members/me").bearer(tokens.member("patient")).send().status()).isEqualTo(200);
    }

    @Test
    void each_partner_client_has_its_own_bucket_and_a_configured_client_a_bigger_one() {
        String small = tokens.partner("small-partner", "lfpl.programme");
        String big = tokens.partner("big-partner", "lfpl.programme");
        for (int i = 0; i < 5; i++) {
            gateway.get("/api/v1/symposia").bearer(small).send();
        }
        assertThat(gateway.get("/api/v1/symposia").bearer(small).send().status()).isEqualTo(429);
        for (int i = 0; i < 20; i++) {
            assertThat(gateway.get("/api/v1/symposia").bearer(big).send().status()).isEqualTo(200);
        }
    }

    // --- body limits ---

    @Test
    void a_json_body_over_the_route_limit_is_413_before_any_service() {
        var response = gateway.put("/api/v1/members/me", "\"" + "x".repeat(1_100_000) + "\"")
                .bearer(tokens.member("verbose")).send();
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().path("type").asString()).isEqualTo("urn:lfpl:problem:body-too-large");
        assertThat(SERVICE.received).isEmpty();
    }

    @Test
    void a_body_without_a_length_is_refused_except_on_the_upload_route() throws Exception {
        String token = tokens.member("streamer");
        assertThat(streamed("PUT", "/api/v1/members/me", token, 1000).statusCode()).isEqualTo(411);
        assertThat(SERVICE.received).isEmpty();

        assertThat(streamed("POST", "/api/v1/artefacts/a1/versions?fileName=notes.txt", token, 1_500_000).statusCode())
                .isEqualTo(200);
        assertThat(SERVICE.paths()).containsExactly("POST /api/v1/artefacts/a1/versions");
    }

    @Test
    void an_upload_announcing_more_than_the_artefact_limit_is_413() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/artefacts/a1/versions?fileName=big.pdf"))
                .header("Authorization", "Bearer " + tokens.member("uploader"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[3 * 1024 * 1024])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(SERVICE.received).isEmpty();
    }

    @Test
    void an_upload_reaches_the_service_while_it_is_still_being_sent() throws Exception {
        // The client sends half the file, then waits until the service has bytes before sending the
        // rest: a gateway that held the body until its end (as a circuit breaker fallback makes it do)
        // would give the service nothing in the meantime.
        SERVICE.uploadBytes.set(0);
        int half = 512 * 1024;
        boolean[] arrivedMidway = {false};
        InputStream file = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(new byte[half]),
                new InputStream() {
                    private int left = half;

                    @Override
                    public int read() {
                        byte[] one = new byte[1];
                        return read(one, 0, 1) < 0 ? -1 : 0;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        if (left == half) {
                            long deadline = System.nanoTime() + 10_000_000_000L;
                            while (SERVICE.uploadBytes.get() == 0 && System.nanoTime() < deadline) {
                                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
                            }
                            arrivedMidway[0] = SERVICE.uploadBytes.get() > 0;
                        }
                        if (left == 0) {
                            return -1;
                        }
                        int n = Math.min(length, left);
                        left -= n;
                        return n;
                    }
                });
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/artefacts/a1/versions?fileName=film.mp4"))
                        .header("Authorization", "Bearer " + tokens.member("film-maker")).header("Content-Type", "video/mp4")
                        .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> file),
                                2L * half)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(arrivedMidway[0]).as("the service had the first half before the second was sent").isTrue();
        assertThat(SERVICE.uploadBytes.get()).isEqualTo(2L * half);
    }

    // --- a service down; retries ---

    @Test
    void a_service_that_is_down_is_a_503_problem_with_retry_after() {
        var response = gateway.get("/api/v1/dialogues/d1").bearer(tokens.member("unlucky")).send();
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("10");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("urn:lfpl:problem:service-unavailable");
        assertThat(response.json().path("detail").asString()).startsWith("dialogue-service is not available");
    }

    @Test
    void a_service_that_keeps_failing_opens_its_breaker_and_callers_still_get_the_same_problem() {
        for (int i = 0; i < 12; i++) { // one member each: this test's rate limit is 5 calls at once
            assertThat(gateway.get("/api/v1/dialogues/d" + i).bearer(tokens.member("persistent-" + i)).send().status())
                    .isEqualTo(503);
        }
        var refusedAtOnce = gateway.get("/api/v1/dialogues/d-open").bearer(tokens.member("one-more")).send();
        assertThat(refusedAtOnce.status()).isEqualTo(503);
        assertThat(refusedAtOnce.header("Retry-After")).isEqualTo("10");
        assertThat(refusedAtOnce.json().path("type").asString()).isEqualTo("urn:lfpl:problem:service-unavailable");
        assertThat(meters.find("lfpl.gateway.service.failures").tags("service", "dialogue-service",
                "cause", "CircuitBreakerOpen").counter()).as("answered by the open breaker").isNotNull();
    }

    @Test
    void a_service_that_goes_silent_is_a_504_problem() {
        SERVICE.specSilenceMillis = 2500; // the spec routes keep the gateway's 1 s response timeout of this test
        try {
            var response = gateway.get("/api-docs/registration-service").send();
            assertThat(response.status()).isEqualTo(504);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().path("type").asString()).isEqualTo("urn:lfpl:problem:service-timeout");
            assertThat(response.json().path("detail").asString()).startsWith("registration-service did not answer in time");
        } finally {
            SERVICE.specSilenceMillis = 0;
        }
    }

    @Test
    void a_read_that_loses_its_connection_is_retried_and_a_write_is_not() {
        var read = gateway.get("/api/v1/members/flaky").bearer(tokens.member("reader")).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(SERVICE.paths()).containsExactly("GET /api/v1/members/flaky", "GET /api/v1/members/flaky");

        SERVICE.received.clear();
        var write = gateway.put("/api/v1/members/flaky", "{}").bearer(tokens.member("writer")).send();
        assertThat(write.status()).isEqualTo(503);
        assertThat(SERVICE.paths()).containsExactly("PUT /api/v1/members/flaky");
    }

    @Test
    void a_burst_of_slow_reads_is_queued_for_the_service_not_refused() throws Exception {
        try (var callers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            // Tokens first: signing one takes a few milliseconds, and signing between sends would
            // spread the burst out instead of sending it at once.
            List<String> tokensOfTheBurst = java.util.stream.IntStream.range(0, 60).mapToObj(i -> tokens.member("burst-" + i))
                    .toList();
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String token : tokensOfTheBurst) {
                answers.add(callers.submit(() -> gateway.get("/api/v1/members/slow").bearer(token).send().status()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        }
        assertThat(SERVICE.paths()).hasSize(60);
        assertThat(SERVICE.mostAtOnce.get()).as("the burst overlapped at the service").isGreaterThanOrEqualTo(20);
    }

    // --- headers, CORS, API reference ---

    @Test
    void every_answer_carries_the_security_headers() {
        for (var response : List.of(gateway.get("/").header("Accept", "text/html").send(),
                gateway.get("/api/v1/members/me").bearer(tokens.member("careful")).send())) {
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'")
                    .contains("frame-ancestors 'none'").contains("script-src 'self';").doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.header("Permissions-Policy")).contains("camera=()");
            assertThat(response.header("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
        }
    }

    @Test
    void behind_a_tls_proxy_answers_carry_hsts() {
        var response = gateway.get("/").header("Accept", "text/html").header("X-Forwarded-Proto", "https").send();
        assertThat(response.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void cross_origin_calls_are_allowed_only_from_configured_partner_origins() {
        var allowed = gateway.request("OPTIONS", "/api/v1/symposia").header("Origin", "https://partner.example.org")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "authorization").send();
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://partner.example.org");

        var refused = gateway.request("OPTIONS", "/api/v1/symposia").header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "GET").send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void each_services_openapi_spec_and_the_reference_page_are_reachable_without_sign_in() {
        assertThat(gateway.get("/api-docs/registration-service").send().status()).isEqualTo(200);
        assertThat(SERVICE.paths()).containsExactly("GET /v3/api-docs");
        var page = gateway.get("/api-reference").header("Accept", "text/html").send();
        assertThat(page.status()).isIn(200, 302);
        var ui = gateway.get("/swagger-ui/index.html").header("Accept", "text/html").send();
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.header("Content-Security-Policy")).as("Swagger UI may ask Keycloak for tokens")
                .contains("connect-src 'self' " + tokens.issuerUri().replaceAll("(https?://[^/]+).*", "$1"));
        var config = gateway.get("/v3/api-docs/swagger-config").send();
        assertThat(config.body()).contains("/api-docs/registration-service").contains("/api-docs/notification-service");
    }

    private HttpResponse<String> streamed(String method, String path, String token, int bytes) throws Exception {
        InputStream body = new java.io.ByteArrayInputStream(new byte[bytes]);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
