package org.lfpl.artefact.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lfpl.artefact.LibraryFixture;
import org.lfpl.artefact.LibraryTest;
import org.lfpl.artefact.Samples;
import org.lfpl.artefact.events.ArtefactTopics;
import org.lfpl.artefact.storage.FileStore;
import org.lfpl.artefact.storage.OrphanedFiles;
import org.lfpl.testsupport.KafkaProbe;
import org.lfpl.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** Participants bring artefacts, keep versions, link them to dialogues, withdraw them; organisers curate. */
class SharingArtefactsTest extends LibraryTest {

    @Test
    void a_participant_shares_a_file_and_others_download_exactly_those_bytes_with_safe_headers() {
        String owner = library.participant();
        String reader = library.participant();
        byte[] pdf = Samples.pdf("Learning walk protocol");
        String id = library.shared(owner, "Präsentation für Schulen.pdf", pdf);

        HttpResponse<byte[]> download = bytes("GET", "/api/v1/artefacts/" + id + "/file", library.token(reader), null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename*=UTF-8''Pr%C3%A4sentation%20f%C3%BCr%20Schulen.pdf");
        assertThat(download.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox");
        String etag = download.headers().firstValue("ETag").orElseThrow();

        assertThat(bytes("GET", "/api/v1/artefacts/" + id + "/file", library.token(reader), null, "If-None-Match", etag)
                .statusCode()).isEqualTo(304);
        HttpResponse<byte[]> range = bytes("GET", "/api/v1/artefacts/" + id + "/file", library.token(reader), null,
                "Range", "bytes=10-19");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(pdf, 10, 20));
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + pdf.length);
        assertThat(bytes("GET", "/api/v1/artefacts/" + id + "/file?disposition=inline", library.token(reader), null)
                .headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");

        JsonNode view = LibraryFixture.json(bytes("GET", "/api/v1/artefacts/" + id, library.token(reader), null));
        assertThat(view.path("status").asString()).isEqualTo("AVAILABLE");
        assertThat(view.path("category").asString()).isEqualTo("DOCUMENT");
        assertThat(view.path("currentVersion").path("sha256").asString()).hasSize(64);
        assertThat(view.path("currentVersion").path("size").asLong()).isEqualTo(pdf.length);
    }

    @Test
    void a_new_version_keeps_the_history_and_the_same_bytes_twice_are_recognised() {
        String owner = library.participant();
        byte[] first = Samples.png(64, 64, 1);
        byte[] second = Samples.png(64, 64, 2);
        String id = library.shared(owner, "board.png", first);
        assertThat(library.upload(owner, id, "board-v2.png", second).statusCode()).isEqualTo(201);

        JsonNode view = LibraryFixture.json(bytes("GET", "/api/v1/artefacts/" + id, library.token(owner), null));
        assertThat(view.path("versions")).hasSize(2);
        assertThat(view.path("currentVersion").path("number").asInt()).isEqualTo(2);
        assertThat(bytes("GET", "/api/v1/artefacts/" + id + "/versions/1/file", library.token(owner), null).body())
                .isEqualTo(first);
        assertThat(bytes("GET", "/api/v1/artefacts/" + id + "/file", library.token(owner), null).body()).isEqualTo(second);

        String other = library.fileArtefact(owner, "title", "Again");
        HttpResponse<byte[]> again = library.upload(owner, other, "copy.png", first);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(LibraryFixture.json(again).path("type").asString()).isEqualTo("urn:lfpl:problem:duplicate-upload");
        assertThat(LibraryFixture.json(again).path("artefactId").asString()).isEqualTo(id);
        assertThat(LibraryFixture.json(bytes("GET", "/api/v1/artefacts/" + other, library.token(owner), null))
                .path("status").asString()).isEqualTo("AWAITING_FILE");

        var events = KafkaProbe.await(ArtefactTopics.EVENTS, 2, Duration.ofSeconds(15), r -> id.equals(r.key()));
        assertThat(events).extracting(r -> KafkaProbe.header(r, "ce_type")).containsExactly(
                "org.lfpl.artefact.artefact.uploaded.v1", "org.lfpl.artefact.artefact.version-added.v1");
    }

    @Test
    void a_link_is_only_ever_an_http_address_and_is_available_at_once() {
        String owner = library.participant();
        for (String bad : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x",
                "https://user:secret@example.org/", "https://exa mple.org/", "//example.org/x", "data:text/html,hi")) {
            var refused = library.describe(owner, "LINK", library.details(), "url", bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("url");
        }
        var link = library.describe(owner, "LINK", library.details(), "url", "https://example.org/walks?x=1#top");
        assertThat(link.status()).isEqualTo(201);
        assertThat(link.json().path("status").asString()).isEqualTo("AVAILABLE");
        assertThat(link.json().path("category").asString()).isEqualTo("LINK");
        assertThat(link.json().path("url").asString()).isEqualTo("https://example.org/walks?x=1#top");
    }

    @Test
    void descriptions_are_checked_field_by_field_and_only_participants_bring_artefacts() {
        String owner = library.participant();
        var noConsent = library.describe(owner, "FILE", library.details("safeguarding",
                Map.of("containsLearnersWork", true, "consentObtained", false)));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.json().path("errors").get(0).path("field").asString()).isEqualTo("safeguarding.consentObtained");
        assertThat(library.describe(owner, "FILE", library.details("licence", "WTFPL")).json()
                .path("errors").get(0).path("field").asString()).isEqualTo("licence");
        assertThat(library.describe(owner, "FILE", library.details("strandIds", List.of("z"))).json()
                .path("errors").get(0).path("field").asString()).isEqualTo("details.strandIds");
        var missing = library.describe(owner, "FILE", library.details("title", " ", "principles", List.of(7)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").findValuesAsString("field"))
                .contains("details.title", "details.principles[0]");
        assertThat(http.post("/api/v1/artefacts", "{not json").bearer(library.token(owner)).send().status()).isEqualTo(400);

        String waitlisted = library.member("WAITLISTED");
        var outsider = library.describe(waitlisted, "FILE", library.details());
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.json().path("type").asString()).isEqualTo("urn:lfpl:problem:not-a-participant");
    }

    @Test
    void owners_edit_with_if_match_and_withdraw_and_organisers_take_down_with_a_reason() {
        String owner = library.participant();
        String reader = library.participant();
        String id = library.shared(owner, "notes.pdf", Samples.pdf("notes"));
        var read = http.get("/api/v1/artefacts/" + id).bearer(library.token(owner)).send();
        var edited = http.put("/api/v1/artefacts/" + id, Map.of("details", library.details("title", "Walk notes")))
                .bearer(library.token(owner)).header("If-Match", read.header("ETag")).send();
        assertThat(edited.status()).isEqualTo(200);
        assertThat(http.put("/api/v1/artefacts/" + id, Map.of("details", library.details("title", "Stale")))
                .bearer(library.token(owner)).header("If-Match", read.header("ETag")).send().status()).isEqualTo(412);
        assertThat(http.put("/api/v1/artefacts/" + id, Map.of("details", library.details("title", "Not mine")))
                .bearer(library.token(reader)).send().status()).isEqualTo(403);

        String other = library.shared(owner, "other.pdf", Samples.pdf("other"));
        assertThat(http.post("/api/v1/artefacts/" + other + "/take-down", Map.of("reason", " ")).bearer(library.organiser)
                .send().status()).isEqualTo(400);
        var takenDown = http.post("/api/v1/artefacts/" + other + "/take-down",
                Map.of("reason", "Shows a pupil's face without consent")).bearer(library.organiser).send();
        assertThat(takenDown.json().path("status").asString()).isEqualTo("TAKEN_DOWN");
        assertThat(http.get("/api/v1/artefacts/" + other).bearer(library.token(owner)).send().json()
                .path("statusReason").asString()).isEqualTo("Shows a pupil's face without consent");

        assertThat(http.post("/api/v1/artefacts/" + id + "/withdraw", null).bearer(library.token(reader)).send().status())
                .isEqualTo(403);
        assertThat(http.post("/api/v1/artefacts/" + id + "/withdraw", null).bearer(library.token(owner)).send().json()
                .path("status").asString()).isEqualTo("WITHDRAWN");
        for (String gone : List.of(id, other)) {
            assertThat(http.get("/api/v1/artefacts/" + gone).bearer(library.token(reader)).send().status()).isEqualTo(404);
            assertThat(bytes("GET", "/api/v1/artefacts/" + gone + "/file", library.token(reader), null).statusCode())
                    .isEqualTo(404);
        }
        var withdrawn = KafkaProbe.await(ArtefactTopics.EVENTS, 2, Duration.ofSeconds(15), r ->
                (id.equals(r.key()) || other.equals(r.key()))
                        && "org.lfpl.artefact.artefact.withdrawn.v1".equals(KafkaProbe.header(r, "ce_type")));
        assertThat(withdrawn).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .anyMatch(v -> v.contains("\"by\":\"OWNER\"")).anyMatch(v -> v.contains("\"by\":\"ORGANISER\""));
    }

    @Test
    void the_library_is_searched_by_filters_and_by_words_ignoring_case_and_accents() {
        String owner = library.participant();
        String reader = library.participant();
        String dialogue = library.dialogue("ACCEPTED");
        String evaluation = library.shared(owner, "eval.pdf", Samples.pdf("eval"), "title", "Évaluation formative",
                "strandIds", List.of("b"), "principles", List.of(2), "tags", List.of("assessment"));
        var link = library.describe(owner, "LINK", library.details("title", "Coaching (a+b) cycle"), "url",
                "https://example.org/coach", "dialogueIds", List.of(dialogue));
        String coaching = link.json().path("id").asString();
        String reading = library.token(reader);
        String base = "/api/v1/artefacts?symposiumId=" + library.symposium;

        assertThat(ids(base + "&q=EVALUATION", reading)).containsExactly(evaluation);
        assertThat(ids(base + "&q=formative%20evaluation", reading)).containsExactly(evaluation);
        assertThat(ids(base + "&q=%28a%2Bb%29", reading)).containsExactly(coaching); // regex characters match literally
        assertThat(ids(base + "&q=.*", reading)).isEmpty();
        assertThat(ids(base + "&strand=b", reading)).containsExactly(evaluation);
        assertThat(ids(base + "&principle=2", reading)).containsExactly(evaluation);
        assertThat(ids(base + "&category=LINK", reading)).containsExactly(coaching);
        assertThat(ids(base + "&dialogueId=" + dialogue, reading)).containsExactly(coaching);
        assertThat(ids(base + "&owner=" + TestTokens.subjectOf(owner), reading)).containsExactlyInAnyOrder(evaluation, coaching);
        assertThat(ids(base + "&owner=me", reading)).isEmpty();
        assertThat(http.get(base + "&size=1000").bearer(reading).send().status()).isEqualTo(400);
    }

    @Test
    void links_to_dialogues_are_checked_and_flagged_when_the_dialogue_is_cancelled() {
        String owner = library.participant();
        String id = library.shared(owner, "walk.pdf", Samples.pdf("walk"));
        String dialogue = library.dialogue("ACCEPTED");
        String declined = library.dialogue("DECLINED");
        assertThat(http.put("/api/v1/artefacts/" + id + "/dialogues/nope", null).bearer(library.token(owner)).send()
                .status()).isEqualTo(400);
        assertThat(http.put("/api/v1/artefacts/" + id + "/dialogues/" + declined, null).bearer(library.token(owner)).send()
                .json().path("type").asString()).isEqualTo("urn:lfpl:problem:dialogue-closed");
        var linked = http.put("/api/v1/artefacts/" + id + "/dialogues/" + dialogue, null).bearer(library.token(owner)).send();
        assertThat(linked.status()).isEqualTo(200);
        assertThat(KafkaProbe.await(ArtefactTopics.EVENTS, 1, Duration.ofSeconds(15), r -> id.equals(r.key())
                && "org.lfpl.artefact.artefact.linked.v1".equals(KafkaProbe.header(r, "ce_type")))).hasSize(1);

        library.dialogue(dialogue, "CANCELLED");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(http.get("/api/v1/artefacts/" + id)
                .bearer(library.token(owner)).send().json().path("dialogues").get(0).path("flag").asString())
                .isEqualTo("DIALOGUE_CANCELLED"));
        assertThat(http.delete("/api/v1/artefacts/" + id + "/dialogues/" + dialogue).bearer(library.token(owner)).send()
                .json().path("dialogues")).isEmpty();
    }

    @Test
    void an_erased_member_s_artefacts_are_withdrawn_emptied_and_their_files_deleted() {
        String owner = library.participant();
        String id = library.shared(owner, "class-photo.png", Samples.png(80, 60, 3), "title", "Ms Smith's class");
        library.erased(owner);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode seen = http.get("/api/v1/artefacts/" + id).bearer(library.organiser).send().json();
            assertThat(seen.path("status").asString()).isEqualTo("WITHDRAWN");
            assertThat(seen.path("ownerId").asString()).isEqualTo("erased");
            assertThat(seen.path("details").path("title").asString()).isEqualTo("Withdrawn artefact");
            assertThat(seen.path("versions")).isEmpty();
        });
        assertThat(bytes("GET", "/api/v1/artefacts/" + id + "/file", library.organiser, null).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/artefacts?q=smith").bearer(library.organiser).send().body()).doesNotContain(id);
    }

    @Test
    void organisers_see_who_has_not_brought_an_artefact_and_download_all_of_them_as_one_zip() throws Exception {
        String brought = library.participant();
        String notYet = library.participant();
        byte[] pdf = Samples.pdf("proceedings");
        library.shared(brought, "handout.pdf", pdf, "title", "=HYPERLINK(\"x\")");
        library.describe(brought, "LINK", library.details("title", "Walk video"), "url", "https://example.org/v");

        var missing = http.get("/api/v1/artefacts/symposia/" + library.symposium + "/without-artefact")
                .bearer(library.organiser).send();
        assertThat(missing.json().findValuesAsString("memberId")).containsExactly(TestTokens.subjectOf(notYet));
        assertThat(http.get("/api/v1/artefacts/symposia/" + library.symposium + "/without-artefact")
                .bearer(library.token(brought)).send().status()).isEqualTo(403);

        HttpResponse<byte[]> zip = bytes("GET", "/api/v1/artefacts/symposia/" + library.symposium + "/archive",
                library.organiser, null);
        assertThat(zip.statusCode()).isEqualTo(200);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.get("001-handout.pdf")).isEqualTo(pdf);
        String index = new String(entries.get("index.csv"), StandardCharsets.UTF_8);
        assertThat(index).contains("\"'=HYPERLINK(\"\"x\"\")\"", "https://example.org/v", "CC-BY-4.0");
    }

    @Test
    void previews_are_small_pngs_made_once_and_served_from_the_cache() throws Exception {
        String owner = library.participant();
        String id = library.shared(owner, "poster.png", Samples.png(1200, 800, 4));
        String pdf = library.shared(owner, "poster.pdf", Samples.pdf("poster"));
        for (String artefact : List.of(id, pdf)) {
            HttpResponse<byte[]> first = bytes("GET", "/api/v1/artefacts/" + artefact + "/preview", library.token(owner), null);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Content-Type")).hasValue("image/png");
            var image = ImageIO.read(new ByteArrayInputStream(first.body()));
            assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(480);
            assertThat(bytes("GET", "/api/v1/artefacts/" + artefact + "/preview", library.token(owner), null).body())
                    .isEqualTo(first.body());
        }
        assertThat(previewsCached()).isGreaterThanOrEqualTo(2);
        var link = library.describe(owner, "LINK", library.details(), "url", "https://example.org/x");
        assertThat(bytes("GET", "/api/v1/artefacts/" + link.json().path("id").asString() + "/preview",
                library.token(owner), null).statusCode()).isEqualTo(404);
    }

    @Test
    void a_stored_file_that_no_artefact_refers_to_is_swept_away_and_shared_files_stay() throws Exception {
        String owner = library.participant();
        byte[] pdf = Samples.pdf("kept");
        String id = library.shared(owner, "kept.pdf", pdf);
        try (var orphan = files.create("crashed-before-recording/v1", "crashed-before-recording")) {
            orphan.write(new byte[] {1, 2, 3});
        }
        assertThat(orphans.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(mongo.getCollection("artefactFiles.files").countDocuments(
                Filters.eq("metadata.artefactId", "crashed-before-recording"))).isZero();
        assertThat(bytes("GET", "/api/v1/artefacts/" + id + "/file", library.token(owner), null).body()).isEqualTo(pdf);
    }

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private FileStore files;

    @Autowired
    private OrphanedFiles orphans;

    private long previewsCached() {
        return mongo.getCollection("artefactPreviews.files").countDocuments();
    }

    private List<String> ids(String path, String token) {
        var response = http.get(path).bearer(token).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().findValuesAsString("id");
    }
}
