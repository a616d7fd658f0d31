package org.lfpl.dialogue.joining;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.SymposiumTest;
import org.lfpl.testsupport.Http;
import tools.jackson.databind.JsonNode;

/**
 * Participants rank dialogues; organisers preview the automatic allocation and apply exactly what
 * they saw. Ranking is checked like joining (own strands, not one's own dialogue); a change after the
 * preview makes the organiser look again.
 */
class AutomaticAllocationTest extends SymposiumTest {

    private Http.Response rank(String username, List<String> ranked) {
        return http.put("/api/v1/programmes/" + symposium.symposium + "/preferences", Map.of("ranked", ranked))
                .bearer(symposium.token(username)).send();
    }

    @Test
    void an_allocation_is_previewed_then_applied_as_seen_and_a_change_in_between_asks_for_a_new_preview() {
        symposium.simpleProgramme();
        String hostA = symposium.confirmed("strand-1");
        String hostB = symposium.confirmed("strand-1");
        String small = symposium.scheduled(hostA, "s1", "a", symposium.draft("strand-1", "capacity", 2));
        String later = symposium.scheduled(hostB, "s2", "b", symposium.draft("strand-1", "capacity", 5));
        List<String> members = symposium.confirmed(3, "strand-1");
        String outsider = symposium.confirmed("strand-4");

        assertThat(rank(outsider, List.of(small)).json().path("errors").get(0).path("field").asString())
                .isEqualTo("ranked[0]");
        assertThat(rank(hostA, List.of(small)).json().path("errors").get(0).path("message").asString())
                .isEqualTo("is your own dialogue");
        assertThat(rank(members.get(0), List.of(small, small)).status()).isEqualTo(400);
        for (String member : members) {
            assertThat(rank(member, List.of(small, later)).status()).isEqualTo(200);
        }
        assertThat(http.get("/api/v1/programmes/" + symposium.symposium + "/preferences")
                .bearer(symposium.token(members.get(0))).send().json().path("ranked").get(0).asString()).isEqualTo(small);

        String allocation = "/api/v1/programmes/" + symposium.symposium + "/allocation";
        assertThat(http.get(allocation).bearer(symposium.token(members.get(0))).send().status()).isEqualTo(403);
        JsonNode preview = http.get(allocation).bearer(symposium.organiser).send().json();
        assertThat(preview.path("assignments")).hasSize(5); // two get the two places in "small", all three get "later"
        assertThat(preview.path("withFirstChoice").asInt()).isEqualTo(2);
        assertThat(preview.path("withSomething").asInt()).isEqualTo(3);

        // Someone joins by hand after the preview: applying the old preview is refused.
        assertThat(http.post("/api/v1/dialogues/" + later + "/join", null).bearer(symposium.token(hostA)).send().status())
                .isEqualTo(200);
        var stale = http.post(allocation, Map.of("fingerprint", preview.path("fingerprint").asString()))
                .bearer(symposium.organiser).send();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).isEqualTo("urn:lfpl:problem:allocation-changed");

        JsonNode fresh = http.get(allocation).bearer(symposium.organiser).send().json();
        var applied = http.post(allocation, Map.of("fingerprint", fresh.path("fingerprint").asString()))
                .bearer(symposium.organiser).send();
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().path("joined").asInt()).isEqualTo(5);
        assertThat(applied.json().path("skipped")).isEmpty();
        var roster = http.get("/api/v1/dialogues/" + later + "/participants").bearer(symposium.organiser).send();
        assertThat(roster.body()).contains(members.stream().map(org.lfpl.testsupport.TestTokens::subjectOf).toList()
                .toArray(String[]::new));
        assertThat(http.get(allocation).bearer(symposium.organiser).send().json().path("assignments")).isEmpty();
    }
}
