package org.lfpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile clients at the gateway, with the real Keycloak's tokens: forged and damaged tokens and
 * session cookies, a CSRF token replayed from another session, oversized bodies and headers, and
 * slow clients holding connections open. Each is refused with a 4xx problem (never a 5xx), and the
 * people using the platform at the same time are not harmed.
 */
class HostileClientsIT {

    static final String GATEWAY = WalkingSkeletonIT.GATEWAY;
    static final String USER = "hostile-clients-user";
    static final JsonMapper JSON = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void user() {
        Keycloak.ensureUser(USER, "school");
    }

    private HttpResponse<String> me(Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/members/me"))
                .timeout(Duration.ofSeconds(15)).header("Accept", "application/json");
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, String what, int... allowed) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isIn(java.util.Arrays.stream(allowed).boxed().toList());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what)
                .startsWith("application/problem+json");
    }

    @Test
    void forged_and_damaged_tokens_are_refused_and_the_real_one_still_works() throws Exception {
        String real = Keycloak.member(USER);
        String[] parts = real.split("\\.");
        Base64.Decoder decoder = Base64.getUrlDecoder();
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        ObjectNode payload = (ObjectNode) JSON.readTree(decoder.decode(parts[1]));
        ((ObjectNode) payload.path("realm_access")).putArray("roles").add("member").add("organiser");
        String promoted = parts[0] + "." + encoder.encodeToString(JSON.writeValueAsBytes(payload)) + "." + parts[2];
        char[] signature = parts[2].toCharArray();
        signature[signature.length / 2] = signature[signature.length / 2] == 'A' ? 'B' : 'A';
        String noneHeader = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("one character of the signature changed", "Bearer " + parts[0] + "." + parts[1] + "." + new String(signature));
        forged.put("organiser role added to the payload", "Bearer " + promoted);
        forged.put("alg none, no signature", "Bearer " + noneHeader + "." + parts[1] + ".");
        forged.put("signature removed", "Bearer " + parts[0] + "." + parts[1]);
        forged.put("three random parts", "Bearer abc.def.ghi");
        forged.put("a token of another realm", "Bearer " + Keycloak.fromAnotherRealm());
        forged.put("Basic credentials", "Basic " + Base64.getEncoder().encodeToString((USER + ":demo").getBytes()));
        forged.put("an empty bearer", "Bearer ");
        forged.put("invalid base64", "Bearer %%%.***.$$$");
        for (Map.Entry<String, String> attempt : forged.entrySet()) {
            assertProblem(me(Map.of("Authorization", attempt.getValue())), attempt.getKey(), 401);
        }
        assertThat(oversizedHeader("Authorization", "Bearer " + "a".repeat(10_000)))
                .as("a 10,000-character token: over the header limit, refused by the HTTP decoder").isEqualTo(431);
        assertThat(me(Map.of("Authorization", "Bearer " + real)).statusCode()).as("the real token").isEqualTo(200);
    }

    @Test
    void damaged_session_cookies_open_nothing_and_break_nothing() throws Exception {
        List<String> cookies = List.of("SESSION=" + UUID.randomUUID(),
                "SESSION=" + Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes()),
                "SESSION=" + "x".repeat(4000), "SESSION=%00%ff%fe", "SESSION", "SESSION=; SESSION=abc; SESSION=def",
                "SESSION=\"quoted\"", "=nothing", "SESSION=" + "é".repeat(50));
        for (String cookie : cookies) {
            HttpResponse<String> response = me(Map.of("Cookie", cookie));
            assertThat(response.statusCode()).as(cookie.length() > 60 ? cookie.substring(0, 60) : cookie)
                    .isBetween(400, 499);
        }
    }

    @Test
    void a_csrf_token_from_another_session_is_refused() throws Exception {
        PortalSessionIT.Browser alice = new PortalSessionIT().new Browser();
        PortalSessionIT.Browser bob = new PortalSessionIT().new Browser();
        alice.signIn(USER);
        bob.signIn(USER);
        alice.get(GATEWAY + "/");
        bob.get(GATEWAY + "/");
        String alicesToken = alice.gatewayCookies.get("XSRF-TOKEN");
        String bobsToken = bob.gatewayCookies.get("XSRF-TOKEN");
        assertThat(alicesToken).isNotBlank().isNotEqualTo(bobsToken);
        String profile = JSON.writeValueAsString(WalkingSkeletonIT.profile("Hostile Clients " + UUID.randomUUID()));

        HttpResponse<String> replayed = put(bob, profile, alicesToken);
        assertProblem(replayed, "Bob's session with Alice's CSRF token", 403);
        HttpResponse<String> none = put(bob, profile, null);
        assertProblem(none, "no CSRF token", 403);
        assertThat(put(bob, profile, bobsToken).statusCode()).as("Bob's own token").isEqualTo(200);
    }

    private HttpResponse<String> put(PortalSessionIT.Browser browser, String body, String csrf) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/members/me"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Cookie", "SESSION=" + browser.gatewayCookies.get("SESSION") + "; XSRF-TOKEN="
                        + browser.gatewayCookies.get("XSRF-TOKEN"))
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void oversized_bodies_and_headers_are_refused_before_any_service() throws Exception {
        String token = Keycloak.member(USER);
        String big = "{\"displayName\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> sized = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/members/me"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(sized, "a 2 MB body with its length", 413);
        // Streamed without a length (chunked), where the route does not stream: a length is required.
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/symposia"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(chunked, "a 2 MB body without a length", 411);
        assertThat(oversizedHeader("X-Padding", "p".repeat(64 * 1024))).as("a 64 KiB header").isEqualTo(431);
        assertThat(me(Map.of("Authorization", "Bearer " + token)).statusCode()).as("the same member, next").isEqualTo(200);
    }

    /**
     * The status the gateway answers a request whose header is over its limit with, read from the raw
     * connection: the decoder answers 431 and closes it before reading the rest.
     */
    private static int oversizedHeader(String name, String value) throws Exception {
        URI gateway = URI.create(GATEWAY);
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/v1/members/me HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\n" + name
                    + ": " + value + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (java.net.SocketException closedWhileSending) {
            return 431; // the server may close before the whole header is written; it refused it either way
        }
    }

    @Test
    void slow_clients_holding_connections_do_not_keep_others_waiting() throws Exception {
        URI gateway = URI.create(GATEWAY);
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Socket socket = new Socket(gateway.getHost(), gateway.getPort());
                OutputStream out = socket.getOutputStream();
                if (i % 2 == 0) { // headers never finished
                    out.write(("GET /api/v1/symposia HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\nX-Slow: ")
                            .getBytes(StandardCharsets.US_ASCII));
                } else { // a body announced and never sent
                    out.write(("PUT /api/v1/members/me HTTP/1.1\r\nHost: " + gateway.getHost()
                            + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"a\":")
                            .getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                slow.add(socket);
            }
            String token = Keycloak.member(USER);
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/symposia"))
                        .timeout(Duration.ofSeconds(5)).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("request %d of someone else while 100 clients stall", i).isEqualTo(200);
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }
}
