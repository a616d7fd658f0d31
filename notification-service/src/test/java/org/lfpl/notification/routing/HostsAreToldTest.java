package org.lfpl.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.testsupport.TestTokens;

/**
 * dialogue-service's events reach the people they concern: hosts and co-hosts hear of curation
 * decisions and of each participant who joins or leaves (and why), a participant hears that a
 * dialogue they joined was cancelled; a redelivered event tells nobody twice.
 */
class HostsAreToldTest extends RoutingTest {

    final String dialogue = UUID.randomUUID().toString();
    final String host = "h-" + UUID.randomUUID();
    final String coHost = "c-" + UUID.randomUUID();
    final String member = "m-" + UUID.randomUUID();

    private String facts(String status) {
        return "{\"dialogueId\":\"" + dialogue + "\",\"symposiumId\":\"s\",\"strandId\":\"strand-1\","
                + "\"title\":\"Learning walks\",\"hostId\":\"" + TestTokens.subjectOf(host) + "\",\"coHostIds\":[\""
                + TestTokens.subjectOf(coHost) + "\"],\"principles\":[1],\"status\":\"" + status + "\"}";
    }

    private void dialogueEvent(String eventId, String key, String type, String data) {
        send(DialogueTopics.EVENTS, eventId, key, "org.lfpl.dialogue.dialogue." + type + ".v1", data);
    }

    private void membership(String eventId, String type, String reason) {
        String memberId = TestTokens.subjectOf(member);
        dialogueEvent(eventId, "s|" + memberId, type, "{\"agendaId\":\"s|" + memberId + "\",\"dialogueId\":\"" + dialogue
                + "\",\"symposiumId\":\"s\",\"memberId\":\"" + memberId + "\",\"strandId\":\"strand-1\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    @Test
    void hosts_hear_decisions_joins_and_departures_and_participants_hear_of_cancellation_once_each() {
        dialogueEvent(UUID.randomUUID().toString(), dialogue, "proposed", "{\"dialogue\":" + facts("PROPOSED") + "}");
        dialogueEvent(UUID.randomUUID().toString(), dialogue, "accepted", "{\"dialogue\":" + facts("ACCEPTED") + ",\"comment\":null}");
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
