package org.lfpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lfpl.testsupport.Http;

/**
 * Object-level access through the gateway with real tokens: member A, signed in with every role a
 * member has, reaches for member B's registration, dialogue, contribution, artefact and notification,
 * and partner A for partner B's webhook. Each answer is the one documented at the end of
 * {@code authorisation-matrix.txt}: 404 where A may not know the object exists, 403 where A may see
 * it but not change it. Nothing of B's changes.
 */
class ObjectAccessIT {

    static final Duration KAFKA = Duration.ofSeconds(30);
    final Http gateway = new Http(WalkingSkeletonIT.GATEWAY);

    static String organiser;
    static String memberA;
    static String memberB;

    @BeforeAll
    static void members() {
        Keycloak.ensureUser("object-a", "school");
        Keycloak.ensureUser("object-b", "researcher");
        organiser = Keycloak.member("organiser");
        memberA = Keycloak.member("object-a");
        memberB = Keycloak.member("object-b");
    }

    @Test
    void member_a_cannot_read_or_change_member_bs_things() {
        String symposium = Symposia.published(gateway, organiser, "E2E object access");
        var registered = gateway.post("/api/v1/symposia/" + symposium + "/registrations",
                Map.of("strands", List.of("strand-3"))).bearer(memberB).send();
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String registration = registered.json().path("id").asString();

        // B's registration: A may not learn it exists.
        assertThat(gateway.get("/api/v1/registrations/" + registration).bearer(memberA).send().status()).isEqualTo(404);
        assertThat(gateway.post("/api/v1/registrations/" + registration + "/cancel", null).bearer(memberA).send().status())
                .isEqualTo(404);
        assertThat(gateway.put("/api/v1/registrations/" + registration + "/strands", Map.of("strands", List.of("strand-1")))
                .bearer(memberA).send().status()).isEqualTo(404);

        // B's dialogue: hidden while proposed, visible but not A's to change once accepted.
        String dialogue = proposedDialogue(symposium);
        Map<String, Object> edit = dialogueDraft(symposium, "Taken over by A");
        assertThat(gateway.put("/api/v1/dialogues/" + dialogue, edit).bearer(memberA).send().status()).isEqualTo(404);
        assertThat(gateway.post("/api/v1/dialogues/" + dialogue + "/accept", null).bearer(organiser).send().status())
                .isEqualTo(200);
        assertThat(gateway.put("/api/v1/dialogues/" + dialogue, edit).bearer(memberA).send().status()).isEqualTo(403);
        assertThat(gateway.post("/api/v1/dialogues/" + dialogue + "/cancel", null).bearer(memberA).send().status())
                .isEqualTo(403);

        // B's contribution in B's own dialogue: A (not in it) cannot see the discussion at all.
        var posted = gateway.post("/api/v1/dialogues/" + dialogue + "/contributions", Map.of("markdown", "B's first thought"))
                .bearer(memberB).send();
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String contribution = posted.json().path("id").asString();
        String post = "/api/v1/dialogues/" + dialogue + "/contributions/" + contribution;
        assertThat(gateway.get("/api/v1/dialogues/" + dialogue + "/contributions").bearer(memberA).send().status())
                .isEqualTo(404);
        assertThat(gateway.put(post, Map.of("markdown", "A rewrote it")).bearer(memberA).send().status()).isEqualTo(404);
        assertThat(gateway.delete(post).bearer(memberA).send().status()).isEqualTo(404);

        // B's participants-only artefact: A, not a participant, may not learn it exists.
        String artefact = participantsOnlyArtefact(symposium);
        for (String read : List.of("", "/file", "/preview")) {
            assertThat(gateway.get("/api/v1/artefacts/" + artefact + read).bearer(memberA).send().status())
                    .as("GET artefact" + read).isEqualTo(404);
        }
        assertThat(gateway.post("/api/v1/artefacts/" + artefact + "/withdraw", null).bearer(memberA).send().status())
                .isEqualTo(404);
        // Once A is a participant too, A sees it but still may not change it.
        assertThat(gateway.post("/api/v1/symposia/" + symposium + "/registrations", Map.of("strands", List.of("strand-3")))
                .bearer(memberA).send().status()).isEqualTo(201);
        await().atMost(KAFKA).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(gateway.get("/api/v1/artefacts/" + artefact).bearer(memberA).send().status()).isEqualTo(200));
        Map<String, Object> takenOver = artefactDetails();
        takenOver.put("title", "A's now");
        assertThat(gateway.put("/api/v1/artefacts/" + artefact, Map.of("details", takenOver))
                .bearer(memberA).send().status()).isEqualTo(403);
        assertThat(gateway.post("/api/v1/artefacts/" + artefact + "/withdraw", null).bearer(memberA).send().status())
                .isEqualTo(403);

        // B's notification (B was told of the confirmed registration): A cannot mark it read.
        String[] notification = new String[1];
        await().atMost(KAFKA).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var inbox = gateway.get("/api/v1/notifications").bearer(memberB).send().json();
            assertThat(inbox.size()).isPositive();
            notification[0] = inbox.get(0).path("id").asString();
        });
        assertThat(gateway.post("/api/v1/notifications/" + notification[0] + "/read", null).bearer(memberA).send().status())
                .isEqualTo(404);
        assertThat(gateway.get("/api/v1/notifications?unreadOnly=true").bearer(memberB).send().json().findValuesAsString("id"))
                .as("B's notification is still unread").contains(notification[0]);
    }

    @Test
    void a_partner_cannot_see_or_change_another_partners_webhook() {
        String partnerA = Keycloak.secondPartner();
        String partnerB = Keycloak.partner();
        var created = gateway.post("/api/v1/webhooks", Map.of("url", "http://localhost:9/partner-b",
                "eventTypes", List.of("programme.published"))).bearer(partnerB).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String webhook = created.json().path("id").asString();
        try {
            assertThat(gateway.get("/api/v1/webhooks").bearer(partnerA).send().json().findValuesAsString("id"))
                    .doesNotContain(webhook);
            assertThat(gateway.get("/api/v1/webhooks/" + webhook + "/deliveries").bearer(partnerA).send().status())
                    .isEqualTo(404);
            assertThat(gateway.post("/api/v1/webhooks/" + webhook + "/secret", null).bearer(partnerA).send().status())
                    .isEqualTo(404);
            assertThat(gateway.delete("/api/v1/webhooks/" + webhook).bearer(partnerA).send().status()).isEqualTo(404);
            assertThat(gateway.get("/api/v1/webhooks").bearer(partnerB).send().json().findValuesAsString("id"))
                    .contains(webhook);
        } finally {
            gateway.delete("/api/v1/webhooks/" + webhook).bearer(partnerB).send();
        }
    }

    @Test
    void a_partner_reaches_only_what_its_scopes_open() {
        String programmeOnly = Keycloak.secondPartner();
        assertThat(gateway.get("/api/v1/symposia").bearer(programmeOnly).send().status()).isEqualTo(200);
        assertThat(gateway.get("/api/v1/artefacts").bearer(programmeOnly).send().status()).isEqualTo(403);
        assertThat(gateway.get("/api/v1/artefacts").bearer(Keycloak.partner()).send().status()).isEqualTo(200);
    }

    private String proposedDialogue(String symposium) {
        String[] id = new String[1];
        await().atMost(KAFKA).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var proposed = gateway.post("/api/v1/dialogues", dialogueDraft(symposium, "B's dialogue")).bearer(memberB).send();
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
            id[0] = proposed.json().path("id").asString();
        });
        return id[0];
    }

    private static Map<String, Object> dialogueDraft(String symposium, String title) {
        Map<String, Object> dialogue = new LinkedHashMap<>();
        dialogue.put("symposiumId", symposium);
        dialogue.put("title", title);
        dialogue.put("purpose", "To look at one question together.");
        dialogue.put("strandId", "strand-3");
        dialogue.put("format", "round table");
        dialogue.put("principles", List.of(1));
        dialogue.put("capacity", 10);
        dialogue.put("language", "en");
        dialogue.put("mode", "IN_PERSON");
        return dialogue;
    }

    private static Map<String, Object> artefactDetails() {
        return new LinkedHashMap<>(Map.of("title", "B's notes", "strandIds", List.of("strand-3"),
                "language", "en", "licence", "CC-BY-4.0", "visibility", "PARTICIPANTS",
                "safeguarding", Map.of("containsLearnersWork", false)));
    }

    private String participantsOnlyArtefact(String symposium) {
        Map<String, Object> details = artefactDetails();
        String[] id = new String[1];
        await().atMost(KAFKA).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var described = gateway.post("/api/v1/artefacts", Map.of("symposiumId", symposium, "kind", "LINK",
                    "url", "https://example.org/notes", "details", details)).bearer(memberB).send();
            assertThat(described.status()).as(described.body()).isEqualTo(201);
            id[0] = described.json().path("id").asString();
        });
        return id[0];
    }
}
