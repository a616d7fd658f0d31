package org.lfpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lfpl.testsupport.Http;

/**
 * The live stream through the gateway: a member listening on Server-Sent Events sees the
 * notification for their saved profile arrive, streamed (not buffered) by the gateway.
 */
class LiveNotificationsIT {

    final Http gateway = new Http(WalkingSkeletonIT.GATEWAY);

    @Test
    void a_notification_arrives_on_the_members_live_stream_through_the_gateway() throws Exception {
        String token = Keycloak.member("student");
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(WalkingSkeletonIT.GATEWAY + "/api/v1/notifications/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        String displayName = "Sam Student " + UUID.randomUUID().toString().substring(0, 8);
        CompletableFuture<String> arrived = CompletableFuture.supplyAsync(() -> {
            Iterator<String> lines = stream.body().iterator();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("data:") && line.contains(displayName)) {
                    return line;
                }
            }
            return null;
        });
        try {
            assertThat(gateway.put("/api/v1/members/me", WalkingSkeletonIT.profile(displayName)).bearer(token).send()
                    .status()).isEqualTo(200);
            assertThat(arrived.get(30, TimeUnit.SECONDS)).contains("Your profile is up to date, " + displayName);
        } finally {
            stream.body().close();
        }
    }
}
