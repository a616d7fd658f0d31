package org.lfpl.dialogue.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.SymposiumTest;
import org.lfpl.dialogue.events.DialogueTopics;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * Building the programme: slots, rooms, accepted dialogues placed without clashes (a room used
 * twice, a host in two places at once, a dialogue larger than its room), publication, and every
 * change after publication recorded and announced.
 */
class ProgrammeTest extends SymposiumTest {

    static final Instant DAY1 = Instant.parse("2027-06-14T09:00:00Z");





    String path(String rest) {
        return "/api/v1/programmes/" + symposium.symposium + rest;
    }

    /** Slot i of six 90-minute slots over two days, 09:00, 11:00 and 12:00 (which overlaps the 11:00 one). */
    static Instant start(int i) {
        return DAY1.plus(Duration.ofDays(i / 3)).plus(Duration.ofMinutes(new int[] {0, 120, 180}[i % 3]));
    }

    void slotsAndRooms(List<Map<String, Object>> rooms) {
        List<Map<String, Object>> slots = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instant start = start(i);
            slots.add(Map.of("id", "s" + (i + 1), "label", "Slot " + (i + 1), "startsAt", start.toString(),
                    "endsAt", start.plus(Duration.ofMinutes(90)).toString()));
        }
        assertThat(http.put(path("/slots"), slots).bearer(symposium.organiser).send().status()).isEqualTo(200);
        assertThat(http.put(path("/rooms"), rooms).bearer(symposium.organiser).send().status()).isEqualTo(200);
    }

    static Map<String, Object> room(String id, int capacity) {
        return Map.of("id", id, "name", "Room " + id, "kind", "PHYSICAL", "capacity", capacity);
    }

    Http.Response place(String dialogueId, String slot, String room) {
        return http.put(path("/sessions/" + dialogueId), Map.of("slotId", slot, "roomId", room))
                .bearer(symposium.organiser).send();
    }

    @Test
    void clashes_are_refused_with_the_reason() {
        slotsAndRooms(List.of(room("a", 20), room("b", 20), room("tiny", 4)));
        List<String> hosts = symposium.confirmed(3, "strand-1");
        String coHost = TestTokens.subjectOf(hosts.get(2));
        String first = symposium.accepted(hosts.get(0), symposium.draft("strand-1", "coHostIds", List.of(coHost)));
        String second = symposium.accepted(hosts.get(1), symposium.draft("strand-1"));
        String third = symposium.accepted(hosts.get(2), symposium.draft("strand-1"));

        assertThat(place(first, "s1", "a").status()).isEqualTo(200);
        assertThat(place(second, "s1", "a").json().path("type").asString()).isEqualTo("urn:lfpl:problem:room-taken");
        assertThat(place(second, "s1", "tiny").json().path("type").asString()).isEqualTo("urn:lfpl:problem:room-too-small");
        assertThat(place(third, "s1", "b").json().path("type").asString())
                .as("the co-host of the first hosts the third").isEqualTo("urn:lfpl:problem:host-clash");
        assertThat(place(first, "s2", "a").status()).isEqualTo(200);
        assertThat(place(third, "s3", "b").json().path("type").asString())
                .as("slot 3 starts before slot 2 ends").isEqualTo("urn:lfpl:problem:host-clash");
        assertThat(place(third, "s4", "b").status()).isEqualTo(200);
    }

    @Test
    void only_accepted_dialogues_are_scheduled() {
        slotsAndRooms(List.of(room("a", 20)));
        String host = symposium.confirmed("strand-2");
        String proposed = symposium.propose(host, symposium.draft("strand-2")).json().path("id").asString();

        var refused = place(proposed, "s1", "a");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("type").asString()).isEqualTo("urn:lfpl:problem:not-accepted");
        assertThat(place("no-such-dialogue", "s1", "a").status()).isEqualTo(404);
    }

    @Test
    void participants_see_the_programme_once_published_and_changes_after_that_are_recorded_and_announced() {
        slotsAndRooms(List.of(room("a", 20), room("b", 20)));
        List<String> hosts = symposium.confirmed(2, "strand-1", "strand-3");
        String walks = symposium.accepted(hosts.get(0), symposium.draft("strand-1", "principles", List.of(1)));
        String fishbowl = symposium.accepted(hosts.get(1), symposium.draft("strand-3", "principles", List.of(4, 5)));
        place(walks, "s1", "a");
        place(fishbowl, "s1", "b");
        String participant = symposium.token(hosts.get(0));
        assertThat(http.get(path("")).bearer(participant).send().status()).as("not published yet").isEqualTo(404);

        assertThat(http.post(path("/publish"), null).bearer(symposium.organiser).send().status()).isEqualTo(200);
        JsonNode byStrand = http.get(path("?strand=strand-3")).bearer(participant).send().json();
        assertThat(byStrand.path("slots").get(0).path("sessions")).singleElement()
                .satisfies(s -> assertThat(s.path("dialogueId").asString()).isEqualTo(fishbowl));
        assertThat(byStrand.findValues("hostIds").toString()).as("participants see who hosts")
                .contains(org.lfpl.testsupport.TestTokens.subjectOf(hosts.get(1)));
        JsonNode forPartner = http.get(path("?strand=strand-3")).bearer(org.lfpl.testsupport.TestTokens.issuer().partner("city-museum")).send().json();
        assertThat(forPartner.path("slots").get(0).path("sessions").get(0).path("title").asString()).isNotBlank();
        assertThat(forPartner.findValues("hostIds")).as("partners do not learn who hosts")
                .allSatisfy(ids -> assertThat(ids.isEmpty()).isTrue());
        JsonNode byPrinciple = http.get(path("?principle=1")).bearer(participant).send().json();
        assertThat(byPrinciple.path("slots").get(0).path("sessions")).singleElement()
                .satisfies(s -> assertThat(s.path("dialogueId").asString()).isEqualTo(walks));

        assertThat(place(walks, "s4", "a").status()).isEqualTo(200);

        assertThat(http.get(path("/changes")).bearer(participant).send().json().toString())
                .contains("Programme published", "moved to Slot 4, Room a");
        var moved = KafkaProbe.await(DialogueTopics.EVENTS, 1, Duration.ofSeconds(15), record -> walks.equals(record.key())
                && "org.lfpl.dialogue.dialogue.rescheduled.v1".equals(KafkaProbe.header(record, "ce_type")));
        assertThat(new String(moved.getFirst().value())).contains("\"afterPublishing\":true", "\"slotId\":\"s4\"");
    }

    /**
     * A realistic symposium, 100 participants in 5 strands, 6 slots, 8 rooms: random placements of
     * its dialogues (some with co-hosts), each checked against an independent clash detector. Every
     * placement the detector calls a clash must be refused, every other accepted.
     */
    @Test
    void in_a_realistic_symposium_no_clash_goes_undetected() {
        List<Map<String, Object>> rooms = new ArrayList<>();
        for (int r = 1; r <= 8; r++) {
            rooms.add(room("r" + r, r <= 2 ? 8 : 20));
        }
        slotsAndRooms(rooms);
        Map<String, List<Instant>> slotTimes = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            Instant start = start(i);
            slotTimes.put("s" + (i + 1), List.of(start, start.plus(Duration.ofMinutes(90))));
        }
        List<String> members = new ArrayList<>();
        for (int strand = 1; strand <= 5; strand++) {
            members.addAll(symposium.confirmed(20, "strand-" + strand));
        }
        Random random = new Random(42);
        record Planned(String id, List<String> hosts, int capacity) {}
        List<Planned> dialogues = new ArrayList<>();
        for (int i = 0; i < 40; i++) { // 40 hosts; co-hosts drawn from the other 60, so hosts overlap
            String host = members.get(i);
            String strand = "strand-" + (i / 20 + 1); // members come in blocks of 20 per strand
            String coHost = TestTokens.subjectOf(members.get(40 + random.nextInt(60)));
            int capacity = 6 + random.nextInt(10);
            String id = symposium.accepted(host, symposium.draft(strand, "coHostIds", List.of(coHost), "capacity", capacity));
            dialogues.add(new Planned(id, List.of(TestTokens.subjectOf(host), coHost), capacity));
        }

        record Placed(String slot, String room) {}
        Map<String, Placed> placed = new HashMap<>();
        int refused = 0;
        for (int attempt = 0; attempt < 120; attempt++) {
            Planned dialogue = dialogues.get(random.nextInt(dialogues.size()));
            String slot = "s" + (1 + random.nextInt(6));
            String roomId = "r" + (1 + random.nextInt(8));
            int roomCapacity = roomId.equals("r1") || roomId.equals("r2") ? 8 : 20;
            boolean clash = dialogue.capacity() > roomCapacity;
            for (var other : placed.entrySet()) {
                if (other.getKey().equals(dialogue.id()) || !overlap(slotTimes, slot, other.getValue().slot())) {
                    continue;
                }
                Planned otherDialogue = dialogues.stream().filter(d -> d.id().equals(other.getKey())).findFirst().orElseThrow();
                clash |= other.getValue().room().equals(roomId)
                        || otherDialogue.hosts().stream().anyMatch(dialogue.hosts()::contains);
            }
            var answer = place(dialogue.id(), slot, roomId);
            assertThat(answer.status()).as("attempt %d: %s in %s/%s (%s)", attempt, dialogue.id(), slot, roomId,
                    answer.body()).isEqualTo(clash ? 409 : 200);
            if (clash) {
                refused++;
            } else {
                placed.put(dialogue.id(), new Placed(slot, roomId));
            }
        }
        assertThat(refused).as("the random plan did meet clashes").isGreaterThan(10);
        assertThat(placed).hasSizeGreaterThan(20);
    }

    private static boolean overlap(Map<String, List<Instant>> times, String a, String b) {
        return times.get(a).get(0).isBefore(times.get(b).get(1)) && times.get(b).get(0).isBefore(times.get(a).get(1));
    }
}
