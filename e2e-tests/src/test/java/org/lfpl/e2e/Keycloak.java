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
public final class Keycloak {

    static final String URL = System.getProperty("lfpl.keycloak", "http://localhost:8180");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Keycloak() {}

    /** A demo member's token through the local-only public client lfpl-cli (password grant). */
    public static String member(String username) {
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

    /** The other demo partner: scopes lfpl.programme and lfpl.webhooks only. */
    static String secondPartner() {
        return token("lfpl", Map.of("grant_type", "client_credentials", "client_id", "second-partner",
                "client_secret", "second-partner-secret"));
    }

    /**
     * A user of the test's own (password {@code demo}, the given realm roles besides member), created
     * through the admin API unless it exists, so tests that change or erase a member leave the demo
     * users alone.
     */
    public static void ensureUser(String username, String... roles) {
        java.util.List<String> realmRoles = new java.util.ArrayList<>(java.util.List.of("default-roles-lfpl", "member"));
        realmRoles.addAll(java.util.List.of(roles));
        Map<String, Object> user = Map.of("username", username, "enabled", true, "email", username + "@example.org",
                "emailVerified", true, "firstName", username, "lastName", "Tester", "realmRoles", realmRoles,
                "credentials", java.util.List.of(Map.of("type", "password", "value", "demo", "temporary", false)));
        String admin = fromAnotherRealm();
        HttpRequest request = HttpRequest.newBuilder(URI.create(URL + "/admin/realms/lfpl/partialImport"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("ifResourceExists", "SKIP", "users", java.util.List.of(user))))).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak did not import " + username + ": " + response.body());
        }
    }

    /** Ends every Keycloak session of a user, as an administrator's "sign out" does (back-channel logout follows). */
    static void endSessionsOf(String username) {
        String admin = fromAnotherRealm();
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(URL + "/admin/realms/lfpl/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + admin).build());
        String id = JSON.readTree(found.body()).get(0).path("id").asString();
        HttpResponse<String> ended = send(HttpRequest.newBuilder(URI.create(URL + "/admin/realms/lfpl/users/" + id + "/logout"))
                .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build());
        if (ended.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not end the sessions of " + username + ": " + ended.body());
        }
    }

    private static String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(URL + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + form.get("client_id") + ": "
                    + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + URL + "; run ./lfpl up first", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
