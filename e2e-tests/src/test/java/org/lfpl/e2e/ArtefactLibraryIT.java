package org.lfpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lfpl.testsupport.Http;

/**
 * The artefact library through the gateway with real Keycloak tokens: a registered teacher shares a
 * participants-only image (raw upload streamed through the gateway) and a public link; a member who
 * is not registered cannot see the image, an anonymous visitor and a partner client see the link only.
 */
class ArtefactLibraryIT {

    final Http gateway = new Http(WalkingSkeletonIT.GATEWAY);
    final HttpClient raw = HttpClient.newHttpClient();

    @Test
    void a_participant_shares_an_artefact_that_only_the_allowed_callers_can_open() throws Exception {
        String organiser = Keycloak.member("organiser");
        String teacher = Keycloak.member("teacher");
        String student = Keycloak.member("student");

        String symposium = Symposia.published(gateway, organiser, "E2E artefacts");
        assertThat(gateway.post("/api/v1/symposia/" + symposium + "/registrations", Map.of("strands", List.of("strand-1")))
                .bearer(teacher).send().json().path("state").asString()).isEqualTo("CONFIRMED");

        Map<String, Object> details = new LinkedHashMap<>(Map.of("title", "Our learning wall", "strandIds",
                List.of("strand-1"), "language", "en", "licence", "CC-BY-4.0", "visibility", "PARTICIPANTS",
                "safeguarding", Map.of("containsLearnersWork", true, "consentObtained", true, "anonymised", true)));
        // artefact-service learns of the confirmation from Kafka: wait for it.
        String[] image = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var described = gateway.post("/api/v1/artefacts", Map.of("symposiumId", symposium, "kind", "FILE",
                    "details", details)).bearer(teacher).send();
            assertThat(described.status()).as(described.body()).isEqualTo(201);
            image[0] = described.json().path("id").asString();
        });
        byte[] png = png();
        HttpResponse<String> uploaded = raw.send(HttpRequest.newBuilder(URI.create(WalkingSkeletonIT.GATEWAY
                        + "/api/v1/artefacts/" + image[0] + "/versions?fileName=learning-wall.png"))
                .header("Authorization", "Bearer " + teacher).POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        details.put("visibility", "PUBLIC");
        details.put("title", "Learning walk protocol");
        details.put("safeguarding", Map.of("containsLearnersWork", false));
        String link = gateway.post("/api/v1/artefacts", Map.of("symposiumId", symposium, "kind", "LINK",
                "url", "https://example.org/walks", "details", details)).bearer(teacher).send().json().path("id").asString();

        assertThat(download(image[0], teacher).body()).isEqualTo(png);
        assertThat(download(image[0], student).statusCode()).isEqualTo(404);
        assertThat(download(image[0], Keycloak.partner()).statusCode()).isEqualTo(404);
        assertThat(download(image[0], null).statusCode()).isEqualTo(404);
        for (String caller : new String[] {null, Keycloak.partner(), student}) {
            Http.Request list = gateway.get("/api/v1/artefacts?symposiumId=" + symposium);
            var listed = (caller == null ? list : list.bearer(caller)).send();
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.json().findValuesAsString("id")).containsExactly(link);
        }
        // Writing is never anonymous: without credentials it is 401; riding on a portal session cookie without
        // the session's CSRF token it is refused (403) before any service sees it.
        assertThat(gateway.post("/api/v1/artefacts", Map.of()).send().status()).isEqualTo(401);
        assertThat(gateway.post("/api/v1/artefacts", Map.of()).header("Cookie", "SESSION=borrowed").send().status())
                .isEqualTo(403);
    }

    private HttpResponse<byte[]> download(String id, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(WalkingSkeletonIT.GATEWAY + "/api/v1/artefacts/"
                + id + "/file"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return raw.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().drawString("LfPL", 20, 30);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
