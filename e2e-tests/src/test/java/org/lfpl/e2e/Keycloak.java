package org.lfpl.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** Gets real tokens from the Keycloak that ./lfpl up runs, the way scripts and partners do. */
final class Keycloak {

    static final String URL = System.getProperty("lfpl.keycloak", "http://localhost:8180");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Keycloak() {}

    /** A demo member's token through the local-only public client lfpl-cli (password grant). */
    static String member(String username) {
        return token("lfpl", Map.of("grant_type", "password", "client_id", "lfpl-cli", "username", username,
                "password", "demo", "scope", "openid"));
    }

    /** The demo partner's client-credentials token. */
    static String partner() {
        return token("lfpl", Map.of("grant_type", "client_credentials", "client_id", "demo-partner",
                "client_secret", "demo-partner-secret"));
    }

    /** A real token from the right realm but another client, so without the lfpl-api audience. */
    static String withoutApiAudience(String username) {
        return token("lfpl", Map.of("grant_type", "password", "client_id", "admin-cli", "username", username,
                "password", "demo"));
    }

    /** A real token from another realm of the same Keycloak (its master realm): wrong issuer. */
    static String fromAnotherRealm() {
        return token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", "admin"));
    }

    private static String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(URL + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + form.get("client_id") + ": "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + URL + "; run ./lfpl up first", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
