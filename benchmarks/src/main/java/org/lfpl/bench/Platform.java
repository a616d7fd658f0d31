package org.lfpl.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running platform as a benchmark reaches it: Keycloak for tokens, the gateway for everything else. */
final class Platform {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final String gateway;
    final String keycloak;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    Platform(String gateway, String keycloak) {
        this.gateway = gateway;
        this.keycloak = keycloak;
    }

    /** A token by password grant through the local-only lfpl-cli client. */
    String memberToken(String username, String password) {
        return token("lfpl", Map.of("grant_type", "password", "client_id", "lfpl-cli", "username", username,
                "password", password));
    }

    /** A client-credentials token. */
    String clientToken(String clientId, String secret) {
        return token("lfpl", Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    String adminToken() {
        return token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", "admin"));
    }

    private String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + form.get("username") + ": "
                    + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    HttpResponse<String> call(String method, String url, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    /** A new symposium, open for registration from yesterday to tomorrow, published; its id. */
    String publishedSymposium(String organiser, int seats) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "Benchmark symposium " + Instant.now());
        draft.put("startsOn", LocalDate.now().plusDays(90).toString());
        draft.put("endsOn", LocalDate.now().plusDays(91).toString());
        draft.put("timeZone", "Europe/London");
        draft.put("capacity", seats);
        draft.put("registrationOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        draft.put("registrationClosesAt", Instant.now().plus(Duration.ofDays(1)).toString());
        HttpResponse<String> created = call("POST", gateway + "/api/v1/symposia", organiser, draft);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Could not create the symposium: " + created.body());
        }
        String id = json(created).path("id").asString();
        call("POST", gateway + "/api/v1/symposia/" + id + "/publish", organiser, null);
        return id;
    }

    JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
