package org.lfpl.notification.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lfpl.notification.inapp.Notification;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.TestTokens;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.lfpl.testsupport.KafkaProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live stream: a member's notifications arrive as Server-Sent Events the moment they are stored,
 * and a reconnect with Last-Event-ID gets exactly what was missed, in order, then what comes next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsePlatformInfrastructure
class LiveStreamTest {

    @LocalServerPort
    int port;

    @Autowired
    LiveStreams streams;

    @Autowired
    MongoTemplate mongo;

    final HttpClient client = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final String member = "m-" + UUID.randomUUID();

    /** An open stream: its notification events as they come. */
    final class Stream_ implements AutoCloseable {
        final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        final List<String> ids = new ArrayList<>();
        private final Stream<String> lines;
        private final Thread reader;

        Stream_(String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/notifications/stream")).header("Authorization", "Bearer " + TestTokens.issuer().member(member))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<Stream<String>> response = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
            lines = response.body();
            reader = Thread.ofVirtual().start(() -> {
                String id = null;
                try {
                    for (String line : (Iterable<String>) lines::iterator) {
                        if (line.startsWith("id:")) {
                            id = line.substring(3).strip();
                        } else if (line.startsWith("data:")) {
                            ids.add(id);
                            events.add(json.readTree(line.substring(5).strip()));
                        }
                    }
                } catch (RuntimeException closed) {
                    // the test closed the stream
                }
            });
        }

        String next() throws InterruptedException {
            JsonNode event = events.poll(20, TimeUnit.SECONDS);
            assertThat(event).as("an event within 20 s").isNotNull();
            return event.path("body").asString();
        }

        /** Whether the server ended the stream within the time given. */
        boolean endedWithin(Duration time) throws InterruptedException {
            return reader.join(time);
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    private void profileSaved(String name) {
        String memberId = TestTokens.subjectOf(member);
        KafkaProbe.sendEvent(RegistrationTopics.EVENTS, memberId, "org.lfpl.registration.member.updated.v1",
                "{\"memberId\":\"" + memberId + "\",\"displayName\":\"" + name
                + "\",\"email\":\"x@example.org\",\"preferredLanguage\":\"en\",\"timeZone\":\"UTC\","
                + "\"listedInDirectory\":true,\"nameSharedWithPartners\":false}");
    }

    @Test
    void notifications_arrive_live_and_a_reconnect_with_last_event_id_resumes_without_gaps() throws Exception {
        String lastSeen;
        try (Stream_ stream = new Stream_(null)) {
            profileSaved("One");
            assertThat(stream.next()).isEqualTo("Your profile is up to date, One.");
            profileSaved("Two");
            assertThat(stream.next()).isEqualTo("Your profile is up to date, Two.");
            lastSeen = stream.ids.getLast();
        }
        profileSaved("Three"); // while disconnected
        profileSaved("Four");
        Http http = new Http("http://127.0.0.1:" + port);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/notifications")
                .bearer(TestTokens.issuer().member(member)).send().json().size() == 4);

        try (Stream_ resumed = new Stream_(lastSeen)) {
            assertThat(resumed.next()).isEqualTo("Your profile is up to date, Three.");
            assertThat(resumed.next()).isEqualTo("Your profile is up to date, Four.");
            profileSaved("Five");
            assertThat(resumed.next()).isEqualTo("Your profile is up to date, Five.");
            assertThat(resumed.events).isEmpty();
        }
        try (Stream_ fresh = new Stream_(null)) { // no Last-Event-ID: from now on only
            profileSaved("Six");
            assertThat(fresh.next()).isEqualTo("Your profile is up to date, Six.");
        }
        var bad = http.get("/api/v1/notifications/stream").bearer(TestTokens.issuer().member(member))
                .header("Accept", "text/event-stream").header("Last-Event-ID", "yesterday").send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_notification_another_instance_stored_with_an_earlier_number_arrives_once_at_the_next_heartbeat()
            throws Exception {
        try (Stream_ stream = new Stream_(null)) {
            profileSaved("Eight");
            assertThat(stream.next()).isEqualTo("Your profile is up to date, Eight.");
            long sent = Long.parseLong(stream.ids.getLast());
            // Another instance, its clock two seconds behind, stored this just now: numbered below
            // what this stream already sent, and never announced to this instance.
            String memberId = TestTokens.subjectOf(member);
            mongo.insert(new Notification("elsewhere-" + UUID.randomUUID(), memberId, "e-" + UUID.randomUUID(),
                    "profile", "Stored elsewhere", "From another instance.", "/profile", Instant.now(), null,
                    sent - 2_000_000));
            streams.heartbeat();
            assertThat(stream.next()).isEqualTo("From another instance.");
            streams.heartbeat(); // read again within the look-back: known, not sent twice
            profileSaved("Nine");
            assertThat(stream.next()).isEqualTo("Your profile is up to date, Nine.");
            assertThat(stream.events).isEmpty();
            assertThat(Long.parseLong(stream.ids.getLast())).as("numbered later than the first").isGreaterThan(sent);
        }
    }

    @Test
    void open_streams_end_when_the_instance_shuts_down_so_browsers_reconnect_elsewhere() throws Exception {
        try (Stream_ open = new Stream_(null)) {
            profileSaved("Seven");
            assertThat(open.next()).isEqualTo("Your profile is up to date, Seven.");
            assertThat(open.endedWithin(Duration.ofMillis(500))).as("still open while running").isFalse();
            streams.stop(); // what the context does on SIGTERM, just before the web server's graceful shutdown
            try {
                assertThat(open.endedWithin(Duration.ofSeconds(10))).as("ended by the shutdown").isTrue();
                try (Stream_ late = new Stream_(null)) {
                    assertThat(late.endedWithin(Duration.ofSeconds(10))).as("opened during shutdown: ended").isTrue();
                }
            } finally {
                streams.start();
            }
        }
    }
}
