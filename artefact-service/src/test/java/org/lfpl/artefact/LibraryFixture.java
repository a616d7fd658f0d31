package org.lfpl.artefact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lfpl.artefact.dialogues.KnownDialogues;
import org.lfpl.artefact.eligibility.Eligibility;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One symposium as artefact-service sees it in tests: published with strands a and b, members made
 * participants by registration events, dialogues known from dialogue events (all sent exactly as the
 * other services' relays send them), and artefacts described and uploaded through the real API.
 */
public final class LibraryFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final String symposium = UUID.randomUUID().toString();
    public final TestTokens tokens = TestTokens.issuer();
    public final String organiser = tokens.member("organiser", "organiser");
    private final Http http;
    private final LibraryTest test;
    private final Eligibility eligibility;
    private final KnownDialogues dialogues;

    LibraryFixture(Http http, LibraryTest test, Eligibility eligibility, KnownDialogues dialogues) {
        this.http = http;
        this.test = test;
        this.eligibility = eligibility;
        this.dialogues = dialogues;
        published();
    }

    private void published() {
        String data = "{\"symposium\":{\"symposiumId\":\"" + symposium + "\",\"title\":\"Leadership for Learning 2027\","
                + "\"startsOn\":\"2027-06-14\",\"endsOn\":\"2027-06-15\",\"timeZone\":\"Europe/London\","
                + "\"strands\":[{\"strandId\":\"a\",\"title\":\"Strand A\"},{\"strandId\":\"b\",\"title\":\"Strand B\"}],"
                + "\"maxStrandsPerParticipant\":2,\"status\":\"PUBLISHED\"}}";
        send(RegistrationTopics.EVENTS, symposium, "org.lfpl.registration.symposium.published.v1", data);
        await().atMost(Duration.ofSeconds(30)).until(() -> eligibility.strandsOf(symposium).isPresent());
    }

    /** A member whose registration is in the given state (CONFIRMED, CANCELLED, WAITLISTED...), known here once this returns. */
    public String member(String state) {
        String username = "m-" + UUID.randomUUID();
        registration(username, state);
        return username;
    }

    public String participant() {
        return member("CONFIRMED");
    }

    public void registration(String username, String state) {
        String memberId = TestTokens.subjectOf(username);
        String data = "{\"registration\":{\"registrationId\":\"r-" + memberId + "\",\"symposiumId\":\"" + symposium
                + "\",\"memberId\":\"" + memberId + "\",\"strands\":[\"a\"],\"state\":\"" + state + "\"}}";
        send(RegistrationTopics.EVENTS, "r-" + memberId, "org.lfpl.registration.registration."
                + state.toLowerCase().replace('_', '-') + ".v1", data);
        await().atMost(Duration.ofSeconds(30)).until(() -> eligibility.isConfirmed(symposium, memberId)
                == state.equals("CONFIRMED"));
    }

    public void erased(String username) {
        String memberId = TestTokens.subjectOf(username);
        send(RegistrationTopics.EVENTS, memberId, "org.lfpl.registration.member.erased.v1",
                "{\"memberId\":\"" + memberId + "\"}");
    }

    /** A dialogue of this symposium in the given status (ACCEPTED, CANCELLED...), known here once this returns. */
    public String dialogue(String status) {
        String id = UUID.randomUUID().toString();
        dialogue(id, status);
        return id;
    }

    public void dialogue(String id, String status) {
        String type = switch (status) {
            case "CANCELLED" -> "cancelled";
            case "DECLINED" -> "declined";
            case "ACCEPTED" -> "accepted";
            default -> "proposed";
        };
        String data = "{\"dialogue\":{\"dialogueId\":\"" + id + "\",\"symposiumId\":\"" + symposium + "\",\"strandId\":\"a\","
                + "\"title\":\"Learning walks\",\"hostId\":\"h\",\"coHostIds\":[],\"principles\":[1],\"status\":\""
                + status + "\"},\"comment\":null}";
        send(DialogueTopics.EVENTS, id, "org.lfpl.dialogue.dialogue." + type + ".v1", data);
        await().atMost(Duration.ofSeconds(30)).until(() -> dialogues.find(id).map(d -> d.status().equals(status))
                .orElse(false));
    }

    private static void send(String topic, String key, String type, String data) {
        KafkaProbe.sendEvent(topic, key, type, data);
    }

    public String token(String username) {
        return tokens.member(username);
    }

    /** An artefact's description with sensible defaults; pairs of key and value override them. */
    public Map<String, Object> details(Object... overrides) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("title", "Learning walk protocol");
        details.put("description", "The one-page protocol our leaders use on learning walks.");
        details.put("strandIds", List.of("a"));
        details.put("principles", List.of(1, 3));
        details.put("tags", List.of("walks", "leadership"));
        details.put("language", "en");
        details.put("licence", "CC-BY-4.0");
        details.put("visibility", "PARTICIPANTS");
        details.put("safeguarding", Map.of("containsLearnersWork", false));
        for (int i = 0; i < overrides.length; i += 2) {
            details.put((String) overrides[i], overrides[i + 1]);
        }
        return details;
    }

    public Http.Response describe(String username, String kind, Map<String, Object> details, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("symposiumId", symposium, "kind", kind, "details", details));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return http.post("/api/v1/artefacts", body).bearer(token(username)).send();
    }

    /** A described file artefact of the member; its id. */
    public String fileArtefact(String username, Object... detailOverrides) {
        Http.Response described = describe(username, "FILE", details(detailOverrides));
        assertThat(described.status()).as(described.body()).isEqualTo(201);
        return described.json().path("id").asString();
    }

    public HttpResponse<byte[]> upload(String username, String artefactId, String fileName, byte[] content) {
        return test.bytes("POST", "/api/v1/artefacts/" + artefactId + "/versions?fileName="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"), token(username), content,
                "Content-Type", "application/octet-stream");
    }

    /** A file artefact of the member with the content uploaded, available; its id. */
    public String shared(String username, String fileName, byte[] content, Object... detailOverrides) {
        String id = fileArtefact(username, detailOverrides);
        HttpResponse<byte[]> uploaded = upload(username, id, fileName, content);
        assertThat(uploaded.statusCode()).as(new String(uploaded.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return id;
    }

    public static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }
}
