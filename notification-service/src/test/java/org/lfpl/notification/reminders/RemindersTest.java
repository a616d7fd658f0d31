package org.lfpl.notification.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.notification.audience.Audiences;
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

/** Reminders a day and an hour before a dialogue, to hosts and joiners, in their time zone, once per start time. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lfpl.notifications.reminders.poll=1h",
                // Its own consumer group: a context with other settings must not take partitions from the others.
                "spring.kafka.consumer.group-id=notification-service-reminders-test"})
@UsePlatformInfrastructure
class RemindersTest {

    static final Instant START = Instant.parse("2027-06-14T09:00:00Z");

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START.minus(Duration.ofHours(30)));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Reminders reminders;

    @Autowired
    Audiences audiences;

    private static void send(String topic, String key, String type, String data) {
        KafkaProbe.sendEvent(topic, key, type, data);
    }

    private static void scheduled(String dialogue, String host, Instant startsAt, String type) {
        send(DialogueTopics.EVENTS, dialogue, "org.lfpl.dialogue.dialogue." + type + ".v1", "{\"session\":{\"dialogueId\":\""
                + dialogue + "\",\"symposiumId\":\"s\",\"strandId\":\"strand-1\",\"title\":\"World cafe\",\"hostIds\":[\""
                + TestTokens.subjectOf(host) + "\"],\"slotId\":\"s1\",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\""
                + startsAt.plus(Duration.ofMinutes(90)) + "\",\"roomId\":\"a\",\"roomName\":\"Room A\"},"
                + "\"previous\":null,\"afterPublishing\":true}");
    }

    /** The reminders in the member's inbox. */
    private List<String> inbox(String username) {
        return new Http("http://127.0.0.1:" + port).get("/api/v1/notifications?size=50")
                .bearer(TestTokens.issuer().member(username)).send().json().findValuesAsString("body").stream()
                .filter(body -> body.contains(" starts ")).toList();
    }

    private void moveTo(Instant moment) {
        clock.advance(Duration.between(clock.instant(), moment));
    }

    @Test
    void hosts_and_joiners_are_reminded_a_day_and_an_hour_before_and_again_after_a_move() {
        String host = "h-" + UUID.randomUUID();
        String joiner = "j-" + UUID.randomUUID();
        String dialogue = UUID.randomUUID().toString();
        send(RegistrationTopics.EVENTS, TestTokens.subjectOf(joiner), "org.lfpl.registration.member.updated.v1",
                "{\"memberId\":\"" + TestTokens.subjectOf(joiner) + "\",\"displayName\":\"Jo\",\"email\":\"jo@example.org\","
                        + "\"preferredLanguage\":\"en\",\"timeZone\":\"Asia/Tokyo\",\"listedInDirectory\":false,"
                        + "\"nameSharedWithPartners\":false}");
        scheduled(dialogue, host, START, "scheduled");
        send(DialogueTopics.EVENTS, "a|" + joiner, "org.lfpl.dialogue.dialogue.joined.v1", "{\"agendaId\":\"a|" + joiner
                + "\",\"dialogueId\":\"" + dialogue + "\",\"symposiumId\":\"s\",\"memberId\":\"" + TestTokens.subjectOf(joiner)
                + "\",\"strandId\":\"strand-1\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> audiences.audienceOf(dialogue)
                .map(a -> a.members().size() == 1 && a.startsAt() != null).orElse(false)
                && audiences.recipient(TestTokens.subjectOf(joiner)).isPresent());

        reminders.sendDue(); // 30 h before: nothing yet
        assertThat(inbox(joiner)).isEmpty();
        moveTo(START.minus(Duration.ofHours(24)));
        reminders.sendDue();
        reminders.sendDue(); // twice: once
        assertThat(inbox(joiner)).containsExactly("\"World cafe\" starts Mon 14 Jun, 18:00 JST in Room A.");
        assertThat(inbox(host)).contains("\"World cafe\" starts Mon 14 Jun, 09:00 UTC in Room A.");

        Instant later = START.plus(Duration.ofHours(3));
        scheduled(dialogue, host, later, "rescheduled");
        await().atMost(Duration.ofSeconds(20)).until(() -> later.equals(audiences.audienceOf(dialogue).orElseThrow().startsAt()));
        reminders.sendDue(); // the new start is 27 h away
        moveTo(later.minus(Duration.ofHours(24)));
        reminders.sendDue();
        moveTo(later.minus(Duration.ofMinutes(59)));
        reminders.sendDue();
        assertThat(inbox(joiner)).hasSize(3).contains("\"World cafe\" starts Mon 14 Jun, 21:00 JST in Room A.");
        assertThat(inbox(joiner).stream().filter(b -> b.contains("21:00 JST"))).hasSize(2);
    }
}
