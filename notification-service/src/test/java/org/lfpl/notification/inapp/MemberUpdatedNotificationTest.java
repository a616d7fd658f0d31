package org.lfpl.notification.inapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.events.backbone.consume.DeadLetterTopics;
import org.lfpl.notification.audience.Audiences;
import org.lfpl.notification.audience.Recipient;
import org.lfpl.registration.events.MemberUpdated;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;

/**
 * registration-service's member.updated reaches the member's in-app inbox exactly once, whatever
 * Kafka redelivers, and a member sees only their own notifications.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsePlatformInfrastructure
class MemberUpdatedNotificationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    Http http;
    TestTokens tokens = TestTokens.issuer();

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port);
    }

    /** Publishes member.updated exactly as registration-service's relay does (binary CloudEvent). */
    static void memberUpdated(String eventId, String memberId, String displayName) {
        String data = "{\"memberId\":\"" + memberId + "\",\"displayName\":\"" + displayName
                + "\",\"email\":\"x@example.org\",\"preferredLanguage\":\"en\",\"timeZone\":\"UTC\","
                + "\"listedInDirectory\":true,\"nameSharedWithPartners\":false,\"someFutureField\":1}";
        KafkaProbe.send(RegistrationTopics.EVENTS, memberId, data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_id", eventId, "ce_specversion", "1.0", "ce_source", "/registration-service",
                "ce_type", "org.lfpl.registration.member.updated.v1", "ce_subject", memberId,
                "content-type", "application/json"));
    }

    private Http.Response inboxOf(String username) {
        return http.get("/api/v1/notifications").bearer(tokens.member(username)).send();
    }

    @Test
    void the_member_finds_a_notification_in_their_inbox() {
        String username = "m-" + UUID.randomUUID();
        memberUpdated(UUID.randomUUID().toString(), TestTokens.subjectOf(username), "Ada");

        await().atMost(Duration.ofSeconds(20)).until(() -> inboxOf(username).json().size() == 1);
        var notification = inboxOf(username).json().get(0);
        assertThat(notification.path("category").asString()).isEqualTo("profile");
        assertThat(notification.path("body").asString()).contains("Ada");
        assertThat(notification.path("read").asBoolean()).isFalse();
    }

    @Test
    void a_redelivered_event_creates_no_second_notification() {
        String username = "m-" + UUID.randomUUID();
        String memberId = TestTokens.subjectOf(username);
        String eventId = UUID.randomUUID().toString();
        memberUpdated(eventId, memberId, "Once");
        memberUpdated(eventId, memberId, "Once");
        String later = UUID.randomUUID().toString();
        memberUpdated(later, memberId, "Later"); // processed after both copies, same partition

        await().atMost(Duration.ofSeconds(20)).until(() -> inboxOf(username).json().size() >= 2);
        assertThat(inboxOf(username).json().findValuesAsString("body"))
                .hasSize(2).anyMatch(body -> body.contains("Once")).anyMatch(body -> body.contains("Later"));
    }

    @Test
    void a_poison_message_is_dead_lettered_and_the_next_event_still_arrives() {
        String username = "m-" + UUID.randomUUID();
        String memberId = TestTokens.subjectOf(username);
        String poisonId = UUID.randomUUID().toString();
        KafkaProbe.send(RegistrationTopics.EVENTS, memberId, "{\"memberId\": ".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_id", poisonId, "ce_specversion", "1.0", "ce_source", "/registration-service",
                        "ce_type", "org.lfpl.registration.member.updated.v1", "content-type", "application/json"));
        memberUpdated(UUID.randomUUID().toString(), memberId, "After the poison");

        await().atMost(Duration.ofSeconds(20)).until(() -> inboxOf(username).json().size() == 1);
        assertThat(KafkaProbe.await(DeadLetterTopics.of(RegistrationTopics.EVENTS, "notification-service"), 1,
                Duration.ofSeconds(10), record -> poisonId.equals(KafkaProbe.header(record, "ce_id")))).hasSize(1);
    }

    @Test
    void unread_count_and_mark_read_concern_only_the_members_own_notifications() {
        String ada = "ada-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        memberUpdated(UUID.randomUUID().toString(), TestTokens.subjectOf(ada), "Ada");
        memberUpdated(UUID.randomUUID().toString(), TestTokens.subjectOf(ada), "Ada again");
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxOf(ada).json().size() == 2);
        String adasFirst = inboxOf(ada).json().get(0).path("id").asString();

        assertThat(inboxOf(bob).json().size()).isZero();
        var bobMarks = http.post("/api/v1/notifications/" + adasFirst + "/read", null).bearer(tokens.member(bob)).send();
        assertThat(bobMarks.status()).as("someone else's notification does not exist for Bob").isEqualTo(404);

        assertThat(http.get("/api/v1/notifications/unread-count").bearer(tokens.member(ada)).send().json()
                .path("unread").asLong()).isEqualTo(2);
        assertThat(http.post("/api/v1/notifications/" + adasFirst + "/read", null).bearer(tokens.member(ada)).send()
                .status()).isEqualTo(204);
        assertThat(http.get("/api/v1/notifications/unread-count").bearer(tokens.member(ada)).send().json()
                .path("unread").asLong()).isEqualTo(1);
        assertThat(http.post("/api/v1/notifications/read-all", null).bearer(tokens.member(ada)).send().json()
                .path("marked").asLong()).isEqualTo(1);
    }

    @Test
    void the_newest_contact_facts_are_kept_whatever_order_the_events_arrive_in(@Autowired Audiences audiences) {
        String memberId = "m-" + UUID.randomUUID();
        Instant noon = Instant.parse("2026-12-07T12:00:00Z");
        audiences.memberUpdated(facts(memberId, "Noon", "Europe/Paris"), noon);
        audiences.memberUpdated(facts(memberId, "Morning", "UTC"), noon.minus(Duration.ofHours(3)));
        assertThat(audiences.recipient(memberId)).get().as("an older event arriving late changes nothing")
                .extracting(Recipient::displayName, Recipient::timeZone, Recipient::asOf)
                .containsExactly("Noon", "Europe/Paris", noon);

        audiences.memberUpdated(facts(memberId, "Noon again", "Europe/Paris"), noon); // a copy, or one as new
        audiences.memberUpdated(facts(memberId, "Evening", "Asia/Tokyo"), noon.plus(Duration.ofHours(6)));
        assertThat(audiences.recipient(memberId)).get()
                .extracting(Recipient::displayName, Recipient::email, Recipient::language, Recipient::timeZone)
                .containsExactly("Evening", "x@example.org", "en", "Asia/Tokyo");
    }

    private static MemberUpdated facts(String memberId, String displayName, String timeZone) {
        return new MemberUpdated(memberId, displayName, "x@example.org", "en", timeZone, true, false);
    }

    @Test
    void the_unread_count_has_an_index_of_its_own_so_it_reads_no_notification() {
        assertThat(mongo.indexOps(Notification.class).getIndexInfo()).filteredOn(index -> index.getName().equals("recipient_unread"))
                .singleElement().satisfies(index -> assertThat(index.getIndexFields())
                        .extracting(IndexField::getKey).containsExactly("recipientId", "readAt"));
    }

    @Test
    void an_erased_member_has_no_notifications_left() {
        String username = "m-" + UUID.randomUUID();
        String memberId = TestTokens.subjectOf(username);
        memberUpdated(UUID.randomUUID().toString(), memberId, "Soon gone");
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxOf(username).json().size() == 1);

        KafkaProbe.send(RegistrationTopics.EVENTS, memberId, ("{\"memberId\":\"" + memberId + "\"}").getBytes(StandardCharsets.UTF_8),
                Map.of("ce_id", UUID.randomUUID().toString(), "ce_specversion", "1.0", "ce_source", "/registration-service",
                        "ce_type", "org.lfpl.registration.member.erased.v1", "content-type", "application/json"));

        await().atMost(Duration.ofSeconds(20)).until(() -> inboxOf(username).json().isEmpty());
    }

    @Test
    void paging_outside_the_allowed_range_is_a_400_problem() {
        var response = http.get("/api/v1/notifications?size=1000").bearer(tokens.member("m-paging")).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("type").asString()).isEqualTo("urn:lfpl:problem:invalid-paging");
        assertThat(http.get("/api/v1/notifications?page=abc").bearer(tokens.member("m-paging")).send().status())
                .isEqualTo(400);
    }
}
