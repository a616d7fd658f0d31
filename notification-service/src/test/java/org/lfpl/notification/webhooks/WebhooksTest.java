package org.lfpl.notification.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.artefact.events.ArtefactTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.MutableClock;
import org.lfpl.testsupport.TestTokens;
import org.lfpl.testsupport.UseMutableClock;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Partner webhooks against a real HTTP receiver: registration with the secret shown once, CloudEvents
 * in binary mode with a signature the receiver verifies, only public facts, retries with back-off
 * then give-up, a delivery log, manual redelivery and secret rotation; every webhook its partner's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Its own consumer group: a context with other settings must not take partitions from the others.
        "spring.kafka.consumer.group-id=notification-service-webhooks-test", 
        "lfpl.webhooks.allow-http=true", "lfpl.webhooks.allow-private-targets=true", "lfpl.webhooks.poll=100ms",
        "lfpl.webhooks.max-attempts=3", "lfpl.webhooks.back-off=1m"})
@UsePlatformInfrastructure
@UseMutableClock
class WebhooksTest {


    /** What the receiver got. */
    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    Http http;
    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresToGo = new AtomicInteger();
    final String partner = TestTokens.issuer().partner("partner-" + UUID.randomUUID());

    @BeforeEach
    void start() throws Exception {
        http = new Http("http://127.0.0.1:" + port);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(failuresToGo.getAndDecrement() > 0 ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private String hook() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private JsonNode register(String token) {
        var created = http.post("/api/v1/webhooks", Map.of("url", hook(), "eventTypes", List.of("artefact.published")))
                .bearer(token).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static String artefactUploaded(String visibility) {
        String id = "art-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.sendEvent(ArtefactTopics.EVENTS, eventId, id, "org.lfpl.artefact.artefact.uploaded.v1",
                "{\"artefact\":{\"artefactId\":\"" + id + "\",\"symposiumId\":\"s\","
                + "\"ownerId\":\"owner-secret-id\",\"kind\":\"LINK\",\"title\":\"Walk protocol\",\"strandIds\":[\"strand-1\"],"
                + "\"principles\":[2],\"dialogueIds\":[],\"visibility\":\"" + visibility + "\",\"licence\":\"CC-BY-4.0\","
                + "\"version\":0,\"mediaType\":null,\"status\":\"AVAILABLE\"}}");
        return eventId;
    }

    @Test
    void a_public_artefact_reaches_the_partner_as_a_signed_cloudevent_with_public_facts_only() {
        JsonNode webhook = register(partner);
        String secret = webhook.path("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(http.get("/api/v1/webhooks").bearer(partner).send().body()).doesNotContain(secret);

        artefactUploaded("PARTICIPANTS");
        String eventId = artefactUploaded("PUBLIC");
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        Received delivery = received.getFirst();

        assertThat(delivery.header("ce-id")).isEqualTo(eventId);
        assertThat(delivery.header("ce-type")).isEqualTo("org.lfpl.partner.artefact.published");
        assertThat(delivery.header("ce-specversion")).isEqualTo("1.0");
        assertThat(delivery.body()).contains("\"title\":\"Walk protocol\"", "\"licence\":\"CC-BY-4.0\"")
                .doesNotContain("owner-secret-id", "ownerId");
        // What a receiver does: recompute the HMAC over "t.body" with the secret it was shown.
        String[] signature = delivery.header("LfPL-Signature").split(",");
        long timestamp = Long.parseLong(signature[0].substring(2));
        assertThat(signature[1]).isEqualTo("v1=" + WebhookSender.sign(secret, timestamp, delivery.body()));
        assertThat(signature[1]).isNotEqualTo("v1=" + WebhookSender.sign("whsec_wrong", timestamp, delivery.body()));

        // Rotation: the new secret signs from now on.
        String rotated = http.post("/api/v1/webhooks/" + webhook.path("id").asString() + "/secret", null).bearer(partner)
                .send().json().path("secret").asString();
        assertThat(rotated).isNotEqualTo(secret);
        artefactUploaded("PUBLIC");
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 2);
        Received next = received.get(1);
        long t2 = Long.parseLong(next.header("LfPL-Signature").split(",")[0].substring(2));
        assertThat(next.header("LfPL-Signature")).endsWith("v1=" + WebhookSender.sign(rotated, t2, next.body()));
    }

    @Test
    void failures_are_retried_with_back_off_logged_given_up_and_redelivered_by_hand() {
        JsonNode webhook = register(partner);
        String id = webhook.path("id").asString();
        failuresToGo.set(10);
        artefactUploaded("PUBLIC");
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
        // The next attempt is due a back-off after the answer is recorded, not after the receiver saw the
        // call: moving the clock before the record would put the retry a back-off beyond the moved clock.
        awaitAttemptsRecorded(id, 1);
        clock.advance(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 2);
        awaitAttemptsRecorded(id, 2);
        clock.advance(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 3);
        JsonNode log;
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/v1/webhooks/" + id + "/deliveries")
                .bearer(partner).send().json().get(0).path("status").asString().equals("FAILED"));
        log = http.get("/api/v1/webhooks/" + id + "/deliveries").bearer(partner).send().json();
        assertThat(log.get(0).path("attempts").asInt()).isEqualTo(3);
        assertThat(log.get(0).path("lastStatus").asInt()).isEqualTo(500);
        assertThat(received).extracting(r -> r.header("ce-id")).containsOnly(received.getFirst().header("ce-id"));

        failuresToGo.set(0);
        String deliveryId = log.get(0).path("id").asString();
        assertThat(http.post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver", null).bearer(partner)
                .send().status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 4);
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/v1/webhooks/" + id + "/deliveries")
                .bearer(partner).send().json().get(0).path("status").asString().equals("DELIVERED"));
    }

    private void awaitAttemptsRecorded(String webhookId, int attempts) {
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/v1/webhooks/" + webhookId + "/deliveries")
                .bearer(partner).send().json().get(0).path("attempts").asInt() == attempts);
    }

    @Test
    void registrations_are_checked_and_a_webhook_is_only_its_partners() {
        JsonNode webhook = register(partner);
        String id = webhook.path("id").asString();
        String other = TestTokens.issuer().partner("other-" + UUID.randomUUID());
        var wrongType = http.post("/api/v1/webhooks", Map.of("url", hook(), "eventTypes", List.of("member.updated")))
                .bearer(partner).send();
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("errors").get(0).path("field").asString()).isEqualTo("eventTypes");
        assertThat(http.post("/api/v1/webhooks", Map.of("url", "ftp://x/hook", "eventTypes", List.of("artefact.published")))
                .bearer(partner).send().json().path("errors").get(0).path("field").asString()).isEqualTo("url");
        assertThat(http.post("/api/v1/webhooks", Map.of("url", hook(), "eventTypes", List.of("artefact.published")))
                .bearer(TestTokens.issuer().member("m")).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/webhooks/" + id + "/deliveries").bearer(other).send().status()).isEqualTo(404);
        assertThat(http.delete("/api/v1/webhooks/" + id).bearer(other).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/webhooks").bearer(other).send().json()).isEmpty();
        assertThat(http.delete("/api/v1/webhooks/" + id).bearer(partner).send().status()).isEqualTo(204);
        assertThat(http.get("/api/v1/webhooks").bearer(partner).send().json()).isEmpty();
    }
}
