package org.lfpl.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lfpl.dialogue.participation.Participants;
import org.lfpl.registration.events.RegistrationTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;

/**
 * One symposium as dialogue-service sees it in tests: members made confirmed participants by
 * registration events (exactly as registration-service's relay sends them), their proposals, and
 * the organiser's decisions, all through the real API.
 */
public final class SymposiumFixture {

    public final String symposium = UUID.randomUUID().toString();
    public final TestTokens tokens = TestTokens.issuer();
    public final String organiser = tokens.member("organiser", "organiser");
    private final Http http;
    private final Participants participants;

    public SymposiumFixture(Http http, Participants participants) {
        this.http = http;
        this.participants = participants;
        announceStrands(); // published, so its programme and agenda exist here
    }

    /** Publishes a registration event of this or another symposium. */
    public static void registration(String eventId, Instant time, String type, String symposiumId, String memberId,
            String state, String... strands) {
        String data = "{\"registration\":{\"registrationId\":\"r-" + memberId + "\",\"symposiumId\":\"" + symposiumId
                + "\",\"memberId\":\"" + memberId + "\",\"strands\":[" + String.join(",",
                List.of(strands).stream().map(s -> "\"" + s + "\"").toList()) + "],\"state\":\"" + state + "\"}}";
        KafkaProbe.send(RegistrationTopics.EVENTS, "r-" + memberId, data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_id", eventId, "ce_specversion", "1.0", "ce_source", "/registration-service",
                "ce_type", "org.lfpl.registration.registration." + type + ".v1", "ce_subject", "r-" + memberId,
                "ce_time", time.toString(), "content-type", "application/json"));
    }

    /** Announces this symposium as registration-service does when it is published; returns once known here. */
    public void published(String title, String strandId, String strandTitle) {
        this.title = title;
        strandTitles.put(strandId, strandTitle);
        strandsAnnounced.add(strandId);
        announce(title, strandTitles);
    }

    private String title;
    private final Map<String, String> strandTitles = new java.util.LinkedHashMap<>();

    private final java.util.Set<String> strandsAnnounced = new java.util.LinkedHashSet<>();
    private boolean announcedOnce;

    /**
     * The symposium as published with every strand the test has used so far: dialogue-service knows
     * only symposia it has heard of (their programme, agenda and the like are 404 otherwise).
     */
    private void announceStrands(String... strands) {
        if (announcedOnce && strandsAnnounced.containsAll(List.of(strands))) {
            return;
        }
        announcedOnce = true;
        strandsAnnounced.addAll(List.of(strands));
        strandsAnnounced.forEach(strand -> strandTitles.putIfAbsent(strand, "Strand " + strand));
        // a new title each time, so the wait below sees this announcement applied
        announce((title == null ? "Symposium " + symposium : title) + " ".repeat(strandsAnnounced.size()), strandTitles);
    }

    private void announce(String title, Map<String, String> strands) {
        String strandList = strands.entrySet().stream()
                .map(strand -> "{\"strandId\":\"" + strand.getKey() + "\",\"title\":\"" + strand.getValue() + "\"}")
                .collect(java.util.stream.Collectors.joining(","));
        String data = "{\"symposium\":{\"symposiumId\":\"" + symposium + "\",\"title\":\"" + title
                + "\",\"startsOn\":\"2027-06-14\",\"endsOn\":\"2027-06-15\",\"timeZone\":\"Europe/London\","
                + "\"strands\":[" + strandList + "],"
                + "\"maxStrandsPerParticipant\":2,\"status\":\"PUBLISHED\"}}";
        KafkaProbe.send(RegistrationTopics.EVENTS, symposium, data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_id", UUID.randomUUID().toString(), "ce_specversion", "1.0", "ce_source", "/registration-service",
                "ce_type", "org.lfpl.registration.symposium.published.v1", "ce_subject", symposium,
                "ce_time", Instant.now().toString(), "content-type", "application/json"));
        // Known here (asOf is set only once an announcement was applied: the stand-in for an unknown
        // symposium is also titled "Symposium <id>", the first announcement's title) with this title.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var known = participants.symposium(symposium);
            return known.asOf() != null && title.equals(known.title());
        });
    }

    /** Members confirmed in the given strands, known to dialogue-service once this returns; their usernames. */
    public List<String> confirmed(int count, String... strands) {
        announceStrands(strands);
        List<String> usernames = java.util.stream.IntStream.range(0, count).mapToObj(i -> "m-" + UUID.randomUUID()).toList();
        for (String username : usernames) {
            registration(UUID.randomUUID().toString(), Instant.now(), "confirmed", symposium,
                    TestTokens.subjectOf(username), "CONFIRMED", strands);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> usernames.stream()
                .allMatch(u -> participants.confirmed(symposium, TestTokens.subjectOf(u)).isPresent()));
        return usernames;
    }

    public String confirmed(String... strands) {
        return confirmed(1, strands).getFirst();
    }

    public String token(String username) {
        return tokens.member(username);
    }

    public Map<String, Object> draft(String strand, Object... overrides) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("symposiumId", symposium);
        draft.put("title", "Learning walks that change what leaders notice");
        draft.put("purpose", "To test whether learning walks shift attention from teaching to learning.");
        draft.put("strandId", strand);
        draft.put("guidingQuestions", Map.of("why", "Why do walks stay about teaching?"));
        draft.put("format", "learning walk");
        draft.put("principles", List.of(1, 3));
        draft.put("capacity", 12);
        draft.put("language", "en");
        draft.put("mode", "IN_PERSON");
        for (int i = 0; i < overrides.length; i += 2) {
            draft.put((String) overrides[i], overrides[i + 1]);
        }
        return draft;
    }

    public Http.Response propose(String username, Map<String, Object> draft) {
        return http.post("/api/v1/dialogues", draft).bearer(token(username)).send();
    }

    /** Slots s1 09:00-10:30, s2 11:00-12:30, s3 12:00-13:30 (overlapping s2) and rooms a, b, c of 30 seats. */
    public void simpleProgramme() {
        Instant day = Instant.parse("2027-06-14T09:00:00Z");
        List<Map<String, Object>> slots = new java.util.ArrayList<>();
        int[] minutes = {0, 120, 180};
        for (int i = 0; i < 3; i++) {
            Instant start = day.plus(Duration.ofMinutes(minutes[i]));
            slots.add(Map.of("id", "s" + (i + 1), "startsAt", start.toString(),
                    "endsAt", start.plus(Duration.ofMinutes(90)).toString()));
        }
        assertThat(http.put("/api/v1/programmes/" + symposium + "/slots", slots).bearer(organiser).send().status())
                .isEqualTo(200);
        List<Map<String, Object>> rooms = List.of("a", "b", "c").stream().<Map<String, Object>>map(id -> Map.of(
                "id", id, "name", "Room " + id, "kind", "PHYSICAL", "capacity", 30)).toList();
        assertThat(http.put("/api/v1/programmes/" + symposium + "/rooms", rooms).bearer(organiser).send().status())
                .isEqualTo(200);
    }

    /** An accepted dialogue of the host, placed in the slot and room; its id. */
    public String scheduled(String host, String slot, String room, Map<String, Object> draft) {
        String id = accepted(host, draft);
        var placed = http.put("/api/v1/programmes/" + symposium + "/sessions/" + id, Map.of("slotId", slot, "roomId", room))
                .bearer(organiser).send();
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        return id;
    }

    /** A dialogue hosted by the member, proposed and accepted; its id. */
    public String accepted(String host, Map<String, Object> draft) {
        var proposed = propose(host, draft);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String id = proposed.json().path("id").asString();
        assertThat(http.post("/api/v1/dialogues/" + id + "/accept", null).bearer(organiser).send().status()).isEqualTo(200);
        return id;
    }
}
