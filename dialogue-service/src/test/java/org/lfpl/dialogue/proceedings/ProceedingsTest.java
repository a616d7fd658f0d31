package org.lfpl.dialogue.proceedings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lfpl.dialogue.SymposiumTest;
import org.lfpl.dialogue.artefacts.SharedArtefacts;
import org.lfpl.artefact.events.ArtefactTopics;
import org.lfpl.testsupport.KafkaProbe;
import org.springframework.beans.factory.annotation.Autowired;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import static org.awaitility.Awaitility.await;

/** The proceedings: HTML with every text escaped, and a PDF whose text is read back. */
class ProceedingsTest extends SymposiumTest {



    @Test
    void the_proceedings_hold_the_programme_each_dialogue_its_outputs_and_the_plenary_outcomes() throws Exception {
        symposium.simpleProgramme();
        symposium.published("Leadership for Learning 2027", "strand-3", "Shared leadership and mutual accountability");
        String host = symposium.confirmed("strand-3");
        String dialogue = symposium.scheduled(host, "s1", "a", symposium.draft("strand-3",
                "title", "Walks <script>alert(1)</script> & talk", "principles", List.of(4),
                "artefactLinks", List.of("https://example.org/walk-protocol")));
        var insight = http.post("/api/v1/dialogues/" + dialogue + "/insights", Map.of("kind", "NEXT_STEP",
                "text", "Every school runs one single-question walk a term", "principles", List.of(4)))
                .bearer(symposium.token(host)).send();
        http.put("/api/v1/dialogues/" + dialogue + "/insights/" + insight.json().path("id").asString() + "/plenary",
                Map.of("outcome", true, "note", "Adopted by the plenary")).bearer(symposium.organiser).send();
        http.post("/api/v1/programmes/" + symposium.symposium + "/publish", null).bearer(symposium.organiser).send();
        artefact("a-1", dialogue, "Walk protocol <v2>", "linked", "AVAILABLE");
        artefact("a-2", dialogue, "Withdrawn photo set", "linked", "AVAILABLE");
        artefact("a-2", dialogue, "Withdrawn photo set", "withdrawn", "WITHDRAWN");
        await().atMost(Duration.ofSeconds(15)).until(() -> artefacts.byDialogue(symposium.symposium)
                .getOrDefault(dialogue, List.of()).size() == 1);
        String base = "http://127.0.0.1:" + port + "/api/v1/programmes/" + symposium.symposium + "/proceedings";

        String html = http.get("/api/v1/programmes/" + symposium.symposium + "/proceedings.html")
                .bearer(symposium.organiser).send().body();
        assertThat(html).doesNotContain("<script>", "Withdrawn photo set").contains("Walk protocol &#60;v2&#62;",
                "CC-BY-4.0").contains("&#60;script&#62;", "Shared leadership",
                "Every school runs one single-question walk a term", "Adopted by the plenary");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + ".pdf"))
                .header("Authorization", "Bearer " + symposium.token(host)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Proceedings of the LfPL symposium", "Leadership for Learning 2027",
                    "Shared leadership and mutual accountability", "Walks <script>alert(1)</script> & talk",
                    "Shared leadership", "Next step", "Every school runs one single-question walk a term",
                    "Plenary outcomes", "Adopted by the plenary", "https://example.org/walk-protocol");
        }
        assertThat(http.get("/api/v1/programmes/" + symposium.symposium + "/proceedings.html")
                .bearer(symposium.tokens.member("m-stranger")).send().status()).isEqualTo(404);
    }

    @Autowired
    private SharedArtefacts artefacts;

    /** An artefact event as artefact-service's relay sends it. */
    private void artefact(String id, String dialogue, String title, String type, String status) {
        String data = "{\"artefact\":{\"artefactId\":\"" + id + "-" + symposium.symposium + "\",\"symposiumId\":\""
                + symposium.symposium + "\",\"ownerId\":\"o\",\"kind\":\"FILE\",\"title\":\"" + title + "\","
                + "\"strandIds\":[\"strand-3\"],\"principles\":[4],\"dialogueIds\":[\"" + dialogue + "\"],"
                + "\"visibility\":\"PARTICIPANTS\",\"licence\":\"CC-BY-4.0\",\"version\":1,\"mediaType\":\"application/pdf\","
                + "\"status\":\"" + status + "\"},\"dialogueId\":\"" + dialogue + "\",\"by\":\"OWNER\",\"reason\":null}";
        KafkaProbe.sendEvent(ArtefactTopics.EVENTS, id, "org.lfpl.artefact.artefact." + type + ".v1", data);
    }
}
