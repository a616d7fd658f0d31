package org.lfpl.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark members for the local realm. Each is a throw-away confidential client whose service
 * account holds the realm roles member and school, so its client-credentials token is a member's
 * token to the gateway and services (same issuer, audience, signature, roles). A password grant
 * costs Keycloak about 0.2 s of CPU on this 2-core machine (argon2), which would make minting
 * 2,000 tokens take minutes; a client-credentials grant needs no hashing. Created once with
 * Keycloak's partial import; local realm only.
 */
final class BenchMembers {

    static final String SECRET = "bench-only-secret";

    private static final int BATCH = 100;

    private BenchMembers() {}

    static String clientId(int i) {
        return String.format("bench-%04d", i);
    }

    /** Creates the members that do not exist yet, a hundred per import so no Keycloak transaction runs long. */
    static void ensure(Platform platform, int count) {
        for (int from = 1; from <= count; from += BATCH) {
            importBatch(platform, from, Math.min(count, from + BATCH - 1));
        }
    }

    private static void importBatch(Platform platform, int first, int last) {
        List<Map<String, Object>> clients = new ArrayList<>();
        List<Map<String, Object>> users = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            clients.add(Map.of("clientId", clientId(i), "secret", SECRET, "publicClient", false,
                    "serviceAccountsEnabled", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
                    "defaultClientScopes", List.of("lfpl-api", "basic", "profile", "email", "roles")));
            users.add(Map.of("username", "service-account-" + clientId(i), "enabled", true,
                    "serviceAccountClientId", clientId(i), "realmRoles", List.of("member", "school")));
        }
        String admin = platform.adminToken();
        HttpResponse<String> response = platform.send(HttpRequest.newBuilder(
                        URI.create(platform.keycloak + "/admin/realms/lfpl/partialImport"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Platform.JSON.writeValueAsString(
                        Map.of("ifResourceExists", "SKIP", "clients", clients, "users", users)))).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak partial import failed: " + response.statusCode() + " "
                    + response.body());
        }
    }

    /** A token for each of the first {@code members} benchmark members, fetched eight at a time. */
    static List<String> tokens(Platform platform, int members) throws Exception {
        String[] tokens = new String[members];
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> fetches = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                int member = i;
                fetches.add(pool.submit(() -> {
                    tokens[member] = platform.clientToken(BenchMembers.clientId(member + 1), BenchMembers.SECRET);
                    return null;
                }));
            }
            for (Future<?> fetch : fetches) {
                fetch.get();
            }
        }
        return List.of(tokens);
    }
}
