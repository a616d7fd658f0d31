package org.lfpl.notification.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.MutableClock;
import org.lfpl.testsupport.TestTokens;
import org.lfpl.testsupport.UseMutableClock;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Organisers get yesterday's new registrations and proposals each morning, counted once each. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lfpl.notifications.summary.poll=1h",
        // Its own consumer group: a context with other settings must not take partitions from the others.
        "spring.kafka.consumer.group-id=notification-service-summary-test"})
@UsePlatformInfrastructure
@UseMutableClock
class OrganiserSummaryTest {


    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    OrganiserSummaries summaries;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    private static void send(String topic, String eventId, String key, String type, String data) {
        KafkaProbe.sendEvent(topic, eventId, key, type, data);
    }

    @Test
    void each_morning_organisers_hear_of_yesterdays_registrations_and_proposals_once() {
        Http http = new Http("http://127.0.0.1:" + port);
        String organiser = TestTokens.issuer().member("org-" + UUID.randomUUID(), "organiser");
        assertThat(http.get("/api/v1/notifications").bearer(organiser).send().status()).isEqualTo(200); // now known
        String symposium = "sym-" + UUID.randomUUID();
        send(RegistrationTopics.EVENTS, UUID.randomUUID().toString(), symposium, "org.lfpl.registration.symposium.published.v1",
                "{\"symposium\":{\"symposiumId\":\"" + symposium + "\",\"title\":\"Summer Symposium\",\"startsOn\":"
                        + "\"2027-06-14\",\"endsOn\":\"2027-06-15\",\"timeZone\":\"Europe/London\",\"strands\":[],"
                        + "\"maxStrandsPerParticipant\":2,\"status\":\"PUBLISHED\"}}");
        for (int i = 0; i < 3; i++) {
            String eventId = UUID.randomUUID().toString();
            String body = "{\"registration\":{\"registrationId\":\"r" + i + "\",\"symposiumId\":\"" + symposium
                    + "\",\"memberId\":\"m" + i + "\",\"strands\":[\"strand-1\"],\"state\":\"CONFIRMED\"}}";
            send(RegistrationTopics.EVENTS, eventId, "r" + i, "org.lfpl.registration.registration.confirmed.v1", body);
            send(RegistrationTopics.EVENTS, eventId, "r" + i, "org.lfpl.registration.registration.confirmed.v1", body);
        }
        String dialogue = UUID.randomUUID().toString();
        send(DialogueTopics.EVENTS, UUID.randomUUID().toString(), dialogue, "org.lfpl.dialogue.dialogue.proposed.v1",
                "{\"dialogue\":{\"dialogueId\":\"" + dialogue + "\",\"symposiumId\":\"" + symposium + "\",\"strandId\":"
                        + "\"strand-1\",\"title\":\"T\",\"hostId\":\"h\",\"coHostIds\":[],\"principles\":[1],\"status\":\"PROPOSED\"}}");
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.find(org.springframework.data.mongodb.core.query.Query
                .query(org.springframework.data.mongodb.core.query.Criteria.where("symposiumId").is(symposium)),
                OrganiserSummaries.DailyActivity.class).stream()
                .anyMatch(a -> a.registrations() != null && a.registrations().size() == 3 && a.proposals() != null));

        clock.advance(Duration.between(clock.instant(), clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                .plusDays(1).atTime(7, 0).toInstant(java.time.ZoneOffset.UTC)));
        summaries.sendDue();
        summaries.sendDue(); // twice: once
        var inbox = http.get("/api/v1/notifications").bearer(organiser).send().json();
        // One summary; its totals also count what earlier test classes in this JVM published (this
        // context's consumer group reads the topics from the start), the symposium's own line is exact.
        assertThat(inbox.findValuesAsString("title")).hasSize(1).allMatch(t -> t.matches("Yesterday: \\d+ registrations, \\d+ proposals"));
        assertThat(inbox.findValuesAsString("body").getFirst()).contains("Summer Symposium: 3 registrations, 1 proposals");
    }
}
