package org.lfpl.notification.routing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The running notification-service fed with events exactly as the other services' relays send them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsePlatformInfrastructure
abstract class RoutingTest {

    @LocalServerPort
    int port;

    Http http;
    final TestTokens tokens = TestTokens.issuer();

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port);
    }

    static String id(String username) {
        return TestTokens.subjectOf(username);
    }

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Sends one binary-mode CloudEvent; returns its id. */
    static String send(String topic, String eventId, String key, String type, String data) {
        KafkaProbe.sendEvent(topic, eventId, key, type, data);
        return eventId;
    }

    static String send(String topic, String key, String type, String data) {
        return send(topic, UUID.randomUUID().toString(), key, type, data);
    }

    List<String> inbox(String username) {
        JsonNode inbox = http.get("/api/v1/notifications?size=100").bearer(tokens.member(username)).send().json();
        return inbox.findValuesAsString("body");
    }

    void awaitInbox(String username, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> inbox(username).size() >= count);
    }
}
