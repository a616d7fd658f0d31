package org.lfpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lfpl.testsupport.Http;

/**
 * A symposium from registration to a joined dialogue, across services and only through the
 * gateway, with tokens from the real Keycloak: the organiser publishes a symposium
 * (registration-service), two members register, their confirmations travel over Kafka into
 * dialogue-service, one hosts a dialogue, the organiser accepts and schedules it, the other joins.
 */
class SymposiumJourneyIT {

    final Http gateway = new Http(WalkingSkeletonIT.GATEWAY);

    @Test
    void members_register_then_host_and_join_a_dialogue_in_their_strand() {
        String organiser = Keycloak.member("organiser");
        String teacher = Keycloak.member("teacher");
        String researcher = Keycloak.member("researcher");

        String symposium = Symposia.published(gateway, organiser, "E2E symposium");

        for (String member : List.of(teacher, researcher)) {
            var registered = gateway.post("/api/v1/symposia/" + symposium + "/registrations",
                    Map.of("strands", List.of("strand-2"))).bearer(member).send();
            assertThat(registered.json().path("state").asString()).as(registered.body()).isEqualTo("CONFIRMED");
        }

        Map<String, Object> dialogue = new LinkedHashMap<>();
        dialogue.put("symposiumId", symposium);
        dialogue.put("title", "Critical friends on leadership for learning");
        dialogue.put("purpose", "To look at one school's plan through the five principles.");
        dialogue.put("strandId", "strand-2");
        dialogue.put("format", "critical friends");
        dialogue.put("principles", List.of(3, 4));
        dialogue.put("capacity", 10);
        dialogue.put("language", "en");
        dialogue.put("mode", "IN_PERSON");
        // dialogue-service learns of the confirmation from Kafka, not from a call: wait for it.
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var proposed = gateway.post("/api/v1/dialogues", dialogue).bearer(teacher).send();
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
            id[0] = proposed.json().path("id").asString();
        });
        assertThat(gateway.post("/api/v1/dialogues/" + id[0] + "/accept", null).bearer(organiser).send().status())
                .isEqualTo(200);
        String programme = "/api/v1/programmes/" + symposium;
        gateway.put(programme + "/slots", List.of(Map.of("id", "am", "startsAt", LocalDate.now().plusDays(60) + "T09:00:00Z",
                "endsAt", LocalDate.now().plusDays(60) + "T10:30:00Z"))).bearer(organiser).send();
        gateway.put(programme + "/rooms", List.of(Map.of("id", "hall", "name", "Hall", "kind", "PHYSICAL",
                "capacity", 30))).bearer(organiser).send();
        assertThat(gateway.put(programme + "/sessions/" + id[0], Map.of("slotId", "am", "roomId", "hall"))
                .bearer(organiser).send().status()).isEqualTo(200);
        assertThat(gateway.post(programme + "/publish", null).bearer(organiser).send().status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(gateway.post("/api/v1/dialogues/" + id[0] + "/join", null).bearer(researcher).send().status())
                        .isEqualTo(200));
        var agenda = gateway.get(programme + "/agenda").bearer(researcher).send();
        assertThat(agenda.json().findValuesAsString("dialogueId")).containsExactly(id[0]);
        assertThat(gateway.get(programme + "/calendar.ics").bearer(researcher).send().body())
                .contains("BEGIN:VEVENT", "Critical friends on leadership for learning");
    }
}
