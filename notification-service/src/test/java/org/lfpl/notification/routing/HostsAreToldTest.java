package org.lfpl.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * dialogue-service's events reach the people they concern: hosts and co-hosts hear of curation
 * decisions and of each participant who joins or leaves (and why), a participant hears that a
 * dialogue they joined was cancelled; a redelivered event tells nobody twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsePlatformInfrastructure
class HostsAreToldTest {

    @LocalServerPort
    int port;

    Http http;
    final TestTokens tokens = TestTokens.issuer();
    final String dialogue = UUID.randomUUID().toString();
    final String host = "h-" + UUID.randomUUID();
    final String coHost = "c-" + UUID.randomUUID();
    final String member = "m-" + UUID.randomUUID();

    @BeforeEach
    void client() {
        http = new Http("http://127.0.0.1:" + port);
    }

    private String facts(String status) {
        return "{\"dialogueId\":\"" + dialogue + "\",\"symposiumId\":\"s\",\"strandId\":\"strand-1\","
                + "\"title\":\"Learning walks\",\"hostId\":\"" + TestTokens.subjectOf(host) + "\",\"coHostIds\":[\""
                + TestTokens.subjectOf(coHost) + "\"],\"principles\":[1],\"status\":\"" + status + "\"}";
    }

    private void send(String eventId, String key, String type, String data) {
        KafkaProbe.send(DialogueTopics.EVENTS, key, data.getBytes(StandardCharsets.UTF_8), Map.of("ce_id", eventId,
                "ce_specversion", "1.0", "ce_source", "/dialogue-service", "ce_type", "org.lfpl.dialogue.dialogue." + type + ".v1",
                "ce_subject", key, "ce_time", Instant.now().toString(), "content-type", "application/json"));
    }

    private void membership(String eventId, String type, String reason) {
        String memberId = TestTokens.subjectOf(member);
        send(eventId, "s|" + memberId, type, "{\"agendaId\":\"s|" + memberId + "\",\"dialogueId\":\"" + dialogue
                + "\",\"symposiumId\":\"s\",\"memberId\":\"" + memberId + "\",\"strandId\":\"strand-1\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    private List<String> inbox(String username) {
        JsonNode inbox = http.get("/api/v1/notifications").bearer(tokens.member(username)).send().json();
        return inbox.findValuesAsString("body");
    }

    @Test
    void hosts_hear_decisions_joins_and_departures_and_participants_hear_of_cancellation_once_each() {
        send(UUID.randomUUID().toString(), dialogue, "proposed", "{\"dialogue\":" + facts("PROPOSED") + "}");
        send(UUID.randomUUID().toString(), dialogue, "accepted", "{\"dialogue\":" + facts("ACCEPTED") + ",\"comment\":null}");
        String joined = UUID.randomUUID().toString();
        membership(joined, "joined", null);
        membership(joined, "joined", null); // redelivered
        membership(UUID.randomUUID().toString(), "left", "STRAND_DROPPED");
        membership(UUID.randomUUID().toString(), "left", "DIALOGUE_CANCELLED");

        await().atMost(Duration.ofSeconds(20)).until(() -> inbox(coHost).size() == 3 && inbox(member).size() == 1);
        for (String hostName : List.of(host, coHost)) {
            assertThat(inbox(hostName)).containsExactlyInAnyOrder(
                    "\"Learning walks\" is accepted; the organisers will give it a place in the programme.",
                    "Someone joined \"Learning walks\".",
                    "A participant no longer takes part in this strand, so they left \"Learning walks\".");
        }
        assertThat(inbox(member)).containsExactly(
                "\"Learning walks\" will not take place; it is no longer on your agenda.");
    }
}
