package org.lfpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lfpl.testsupport.Http;
import tools.jackson.databind.JsonNode;

/**
 * Poison injected into each event topic of the running platform lands on the dead-letter topic of
 * every consumer that reads it, and organisers see it, per service, through the gateway; members
 * do not. A record that is not even a CloudEvent cannot be replayed, and says so.
 */
class DeadLettersIT {

    static final String KAFKA = System.getProperty("lfpl.kafka", "localhost:9092");
    static final List<String> TOPICS = List.of("lfpl.registration.events.v1", "lfpl.dialogue.events.v1",
            "lfpl.artefact.events.v1");
    static final String POISON = "poison-" + UUID.randomUUID();

    final Http gateway = new Http(WalkingSkeletonIT.GATEWAY);

    @BeforeAll
    static void injectPoisonIntoEveryTopic() throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            for (String topic : TOPICS) {
                producer.send(new ProducerRecord<>(topic, POISON, "\u0000not a CloudEvent{".getBytes(StandardCharsets.UTF_8)))
                        .get();
            }
        }
    }

    private List<JsonNode> poisonSeenBy(String service, String token) {
        Http.Response response = gateway.get("/api/v1/admin/" + service + "/dead-letters?limit=500").bearer(token).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode letter : response.json().get("deadLetters")) {
            if (POISON.equals(letter.path("key").asString())) {
                found.add(letter);
            }
        }
        return found;
    }

    @Test
    void every_consumer_of_every_topic_sets_the_poison_aside_and_organisers_see_it() {
        String organiser = Keycloak.member("organiser");
        // artefact-service reads registration and dialogue events; dialogue-service reads registration
        // and artefact events; notification-service reads all three twice (in-app/email, and webhooks).
        Map<String, Integer> expected = Map.of("artefact-service", 2, "dialogue-service", 2, "notification-service", 6,
                "registration-service", 0);
        expected.forEach((service, count) -> await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(poisonSeenBy(service, organiser)).as(service).hasSize(count)));

        List<JsonNode> notification = poisonSeenBy("notification-service", organiser);
        assertThat(notification).extracting(letter -> letter.path("originalTopic").asString())
                .containsExactlyInAnyOrderElementsOf(List.of(TOPICS.get(0), TOPICS.get(0), TOPICS.get(1), TOPICS.get(1),
                        TOPICS.get(2), TOPICS.get(2)));
        assertThat(notification).allSatisfy(letter -> {
            assertThat(letter.path("topic").asString()).endsWith(".dlt");
            assertThat(letter.path("failure").asString()).isNotBlank();
            assertThat(letter.path("consumerGroup").asString()).isNotBlank();
        });
    }

    @Test
    void a_record_that_is_not_a_cloud_event_is_refused_for_replay_with_the_reason() {
        String organiser = Keycloak.member("organiser");
        JsonNode letter = await().atMost(Duration.ofSeconds(60)).until(
                () -> poisonSeenBy("dialogue-service", organiser).stream().findFirst().orElse(null), found -> found != null);

        Http.Response replay = gateway.post("/api/v1/admin/dialogue-service/dead-letters/" + letter.path("id").asString()
                + "/replay", Map.of()).bearer(organiser).send();

        assertThat(replay.status()).as(replay.body()).isEqualTo(422);
        assertThat(replay.header("Content-Type")).startsWith("application/problem+json");
        assertThat(replay.json().path("type").asString()).isEqualTo("urn:lfpl:problem:not-a-cloud-event");
        Http.Response missing = gateway.post("/api/v1/admin/dialogue-service/dead-letters/" + letter.path("topic").asString()
                + "/0/99999999/replay", Map.of()).bearer(organiser).send();
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        Http.Response notDeadLetters = gateway.post("/api/v1/admin/dialogue-service/dead-letters/lfpl.dialogue.events.v1/0/0/replay",
                Map.of()).bearer(organiser).send();
        assertThat(notDeadLetters.status()).as("an ordinary topic is not readable through this endpoint").isEqualTo(404);
    }

    @Test
    void members_and_partners_cannot_see_dead_letters() {
        for (String service : List.of("registration-service", "dialogue-service", "artefact-service", "notification-service")) {
            Http.Response member = gateway.get("/api/v1/admin/" + service + "/dead-letters").bearer(Keycloak.member("teacher")).send();
            assertThat(member.status()).as(service).isEqualTo(403);
            assertThat(member.header("Content-Type")).startsWith("application/problem+json");
            assertThat(gateway.get("/api/v1/admin/" + service + "/dead-letters").bearer(Keycloak.partner()).send().status())
                    .as(service).isIn(403);
            assertThat(gateway.get("/api/v1/admin/" + service + "/dead-letters").send().status()).as(service).isEqualTo(401);
        }
        Http.Response badLimit = gateway.get("/api/v1/admin/artefact-service/dead-letters?limit=-3")
                .bearer(Keycloak.member("organiser")).send();
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().path("errors").get(0).path("field").asString()).isEqualTo("limit");
    }
}
