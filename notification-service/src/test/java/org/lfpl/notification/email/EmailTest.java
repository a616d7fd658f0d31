package org.lfpl.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.MutableClock;
import org.lfpl.testsupport.TestTokens;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Email against a real SMTP server in process (GreenMail): templates in the member's language with
 * a text and an HTML part, one-click List-Unsubscribe that works without signing in, a calendar
 * entry for a placed dialogue, one email per event whatever Kafka redelivers, retries then a
 * recorded failure, and daily and weekly digests at 07:00 in the member's own time zone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Its own consumer group: a context with other settings must not take partitions from the others.
        "spring.kafka.consumer.group-id=notification-service-email-test", 
        "lfpl.notifications.email.poll=100ms", "lfpl.notifications.email.back-off=1m",
        "lfpl.notifications.email.max-attempts=3", "lfpl.notifications.digest.poll=1h"})
@UsePlatformInfrastructure
class EmailTest {

    /** A fixed free port, so the server comes back on the same one after the failure test stops it. */
    static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2027-03-03T10:00:00Z")); // a Wednesday
        }
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Digests digests;

    @Autowired
    EmailSender sender;

    @Autowired
    MongoTemplate mongo;

    Http http;
    final String symposium = "sym-" + UUID.randomUUID();

    @BeforeEach
    void client() throws Exception {
        http = new Http("http://127.0.0.1:" + port);
        SMTP.purgeEmailFromAllMailboxes();
    }

    private static String member(String language, String timeZone) {
        String username = "m-" + UUID.randomUUID();
        String id = TestTokens.subjectOf(username);
        send(RegistrationTopics.EVENTS, UUID.randomUUID().toString(), id, "org.lfpl.registration.member.updated.v1",
                "{\"memberId\":\"" + id + "\",\"displayName\":\"Ada Lovelace\",\"email\":\"" + username + "@example.org\","
                        + "\"preferredLanguage\":\"" + language + "\",\"timeZone\":\"" + timeZone + "\","
                        + "\"listedInDirectory\":true,\"nameSharedWithPartners\":false}");
        return username;
    }

    private static String registration(String username, String type, String state, String symposium) {
        String id = TestTokens.subjectOf(username);
        return send(RegistrationTopics.EVENTS, UUID.randomUUID().toString(), "r-" + id,
                "org.lfpl.registration.registration." + type + ".v1", "{\"registration\":{\"registrationId\":\"r-" + id
                        + "\",\"symposiumId\":\"" + symposium + "\",\"memberId\":\"" + id
                        + "\",\"strands\":[\"strand-1\"],\"state\":\"" + state + "\"}"
                        + (type.equals("offered") ? ",\"acceptBy\":\"2027-03-05T12:00:00Z\"" : "") + "}");
    }

    private static String send(String topic, String eventId, String key, String type, String data) {
        KafkaProbe.sendEvent(topic, eventId, key, type, data);
        return eventId;
    }

    private void awaitKnown(String username) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(org.springframework.data.mongodb.core.query.Query
                .query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(TestTokens.subjectOf(username))),
                "recipients"));
    }

    private List<MimeMessage> mailTo(String username, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> to(username).size() >= count);
        return to(username);
    }

    private List<MimeMessage> to(String username) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(username + "@example.org");
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The message's parts by content type (text/plain, text/html, text/calendar). */
    private static Map<String, String> parts(Part part) throws Exception {
        Map<String, String> found = new LinkedHashMap<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                found.putAll(parts(body));
            }
        } else {
            String type = part.getContentType().split(";")[0].trim().toLowerCase();
            Object content = part.getContent();
            found.put(type, content instanceof String text ? text
                    : new String(((java.io.InputStream) content).readAllBytes(), StandardCharsets.UTF_8));
        }
        return found;
    }

    @Test
    void a_registration_change_is_emailed_once_in_text_and_html_with_one_click_unsubscribe() throws Exception {
        String member = member("en", "Europe/London");
        awaitKnown(member);
        String eventId = registration(member, "confirmed", "CONFIRMED", symposium);
        MimeMessage mail = mailTo(member, 1).getFirst();

        assertThat(mail.getSubject()).isEqualTo("You are registered");
        Map<String, String> parts = parts(mail);
        assertThat(parts.get("text/plain")).contains("Hello Ada Lovelace,", "Your place at the symposium is confirmed.",
                "Change what you receive");
        assertThat(parts.get("text/html")).contains("<p>Hello Ada Lovelace,</p>", "Open in LfPL Network",
                "Change what you receive");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).startsWith("<http://localhost:8080/api/v1/notifications/unsubscribe/");

        // The same event again: still one email.
        send(RegistrationTopics.EVENTS, eventId, "r-" + TestTokens.subjectOf(member),
                "org.lfpl.registration.registration.confirmed.v1", "{\"registration\":{\"registrationId\":\"r\","
                        + "\"symposiumId\":\"" + symposium + "\",\"memberId\":\"" + TestTokens.subjectOf(member)
                        + "\",\"strands\":[\"strand-1\"],\"state\":\"CONFIRMED\"}}");
        registration(member, "waitlisted", "WAITLISTED", "other-" + symposium);
        mailTo(member, 2);
        assertThat(to(member)).extracting(MimeMessage::getSubject).containsExactly("You are registered", "You are on the waitlist");

        // One click, no sign-in: registration emails stop, the inbox still gets them.
        String path = unsubscribe.substring(unsubscribe.indexOf("/api/"), unsubscribe.length() - 1);
        assertThat(http.post(path, null).send().status()).isEqualTo(200);
        assertThat(http.post(path.substring(0, path.length() - 3) + "xyz", null).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/notifications/preferences").bearer(TestTokens.issuer().member(member)).send().json()
                .path("registration").path("EMAIL").asString()).isEqualTo("OFF");
        registration(member, "cancelled", "CANCELLED", symposium);
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/notifications")
                .bearer(TestTokens.issuer().member(member)).send().json().size() == 4);
        Thread.sleep(500); // several sender cycles
        assertThat(to(member)).hasSize(2);
    }

    @Test
    void emails_speak_the_members_language_and_a_placed_dialogue_comes_with_a_calendar_entry() throws Exception {
        String host = member("de", "Europe/Berlin");
        awaitKnown(host);
        String dialogue = UUID.randomUUID().toString();
        send(DialogueTopics.EVENTS, UUID.randomUUID().toString(), dialogue, "org.lfpl.dialogue.dialogue.scheduled.v1",
                "{\"session\":{\"dialogueId\":\"" + dialogue + "\",\"symposiumId\":\"" + symposium + "\",\"strandId\":"
                        + "\"strand-1\",\"title\":\"Tuning protocol\",\"hostIds\":[\"" + TestTokens.subjectOf(host)
                        + "\"],\"slotId\":\"s1\",\"startsAt\":\"2027-06-14T09:00:00Z\",\"endsAt\":\"2027-06-14T10:30:00Z\","
                        + "\"roomId\":\"a\",\"roomName\":\"Room A\"},\"afterPublishing\":false}");
        Map<String, String> parts = parts(mailTo(host, 1).getFirst());

        assertThat(parts.get("text/plain")).contains("Hallo Ada Lovelace,", "Einstellungen ändern");
        Calendar calendar = new CalendarBuilder().build(new StringReader(parts.get("text/calendar")));
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(dialogue + "@lfpl.network");
        assertThat(event.getSummary().getValue()).isEqualTo("Tuning protocol");
        assertThat(event.getLocation().getValue()).isEqualTo("Room A");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20270614T090000Z");
    }

    @Test
    void a_failing_smtp_server_is_retried_with_back_off_and_the_failure_recorded_after_the_last_attempt() throws Exception {
        String member = member("en", "UTC");
        awaitKnown(member);
        SMTP.stop();
        try {
            registration(member, "confirmed", "CONFIRMED", symposium);
            await().atMost(Duration.ofSeconds(20)).until(() -> emailOf(member) != null && emailOf(member).attempts() == 1);
            assertThat(emailOf(member).status()).isEqualTo("PENDING");
            clock.advance(Duration.ofMinutes(1)); // first back-off
            await().atMost(Duration.ofSeconds(20)).until(() -> emailOf(member).attempts() == 2);
            clock.advance(Duration.ofMinutes(2)); // doubled
            await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(emailOf(member).status()));
            assertThat(emailOf(member).attempts()).isEqualTo(3);
            assertThat(emailOf(member).lastError()).isNotBlank();
        } finally {
            SMTP.start();
        }
    }

    /** Other tests move the shared clock too: go to an absolute moment. */
    private void moveTo(String instant) {
        Duration ahead = Duration.between(clock.instant(), Instant.parse(instant));
        assertThat(ahead).isPositive();
        clock.advance(ahead);
    }

    private Email emailOf(String username) {
        return mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("recipientId").is(TestTokens.subjectOf(username))),
                Email.class);
    }

    @Test
    void digests_gather_what_waited_and_go_at_seven_in_the_morning_of_the_members_time_zone() throws Exception {
        String daily = member("en", "Europe/Berlin");
        String weekly = member("en", "Europe/Berlin");
        awaitKnown(daily);
        awaitKnown(weekly);
        for (var change : Map.of(daily, "DAILY", weekly, "WEEKLY").entrySet()) {
            assertThat(http.put("/api/v1/notifications/preferences", Map.of("registration", Map.of("EMAIL", change.getValue())))
                    .bearer(TestTokens.issuer().member(change.getKey())).send().status()).isEqualTo(200);
        }
        assertThat(http.put("/api/v1/notifications/preferences", Map.of("registration", Map.of("IN_APP", "DAILY")))
                .bearer(TestTokens.issuer().member(daily)).send().status()).isEqualTo(400);
        assertThat(http.put("/api/v1/notifications/preferences", Map.of("gossip", Map.of("EMAIL", "OFF")))
                .bearer(TestTokens.issuer().member(daily)).send().status()).isEqualTo(400);
        for (String member : List.of(daily, weekly)) {
            registration(member, "waitlisted", "WAITLISTED", symposium);
            registration(member, "offered", "OFFERED", "other-" + symposium);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(org.springframework.data.mongodb.core.query.Query
                .query(org.springframework.data.mongodb.core.query.Criteria.where("status").in("DAILY", "WEEKLY")
                        .and("recipientId").in(TestTokens.subjectOf(daily), TestTokens.subjectOf(weekly))), Email.class) == 4);

        digests.queueDue(); // Wednesday 11:00 in Berlin: nothing is due yet
        moveTo("2027-03-04T05:59:00Z"); // Thursday 06:59 in Berlin
        digests.queueDue();
        Thread.sleep(400);
        assertThat(to(daily)).isEmpty();
        moveTo("2027-03-04T06:00:00Z"); // Thursday 07:00 in Berlin
        digests.queueDue();
        MimeMessage digest = mailTo(daily, 1).getFirst();
        assertThat(digest.getSubject()).isEqualTo("Your daily digest: 2 updates");
        assertThat(parts(digest).get("text/plain")).contains("You are on the waitlist", "A place is free for you");
        assertThat(to(weekly)).isEmpty();

        moveTo("2027-03-08T06:00:00Z"); // Monday 07:00 in Berlin
        digests.queueDue();
        digests.queueDue(); // twice: still one digest
        assertThat(mailTo(weekly, 1).getFirst().getSubject()).isEqualTo("Your weekly digest: 2 updates");
        Thread.sleep(400);
        assertThat(to(weekly)).hasSize(1);
        assertThat(to(daily)).hasSize(1);
    }
}
