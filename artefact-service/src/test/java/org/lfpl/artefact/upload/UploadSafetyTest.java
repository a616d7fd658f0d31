package org.lfpl.artefact.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lfpl.artefact.LibraryFixture;
import org.lfpl.artefact.LibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Real documents of every allowed type are accepted and come back byte-identical; a corpus of hostile
 * uploads (see {@link UploadCorpus}) is refused with the right 4xx problem, and nothing of a refused
 * file stays stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadSafetyTest extends LibraryTest {

    @Autowired
    private MongoTemplate mongo;

    private LibraryFixture world;
    private String owner;

    /** One symposium and one owner for the whole corpus. */
    @Override
    protected void aFreshSymposium() {}

    @BeforeAll
    void aParticipant() {
        super.aFreshSymposium();
        world = library;
        owner = world.participant();
    }

    List<UploadCorpus.Accepted> realDocuments() {
        return UploadCorpus.realDocuments();
    }

    List<UploadCorpus.Refused> hostileUploads() {
        return UploadCorpus.hostileUploads();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realDocuments")
    void a_real_document_is_accepted_and_downloaded_byte_identical(UploadCorpus.Accepted sample) {
        String id = world.fileArtefact(owner, "title", "Sample " + sample.fileName().substring(0, Math.min(40, sample.fileName().length())));
        HttpResponse<byte[]> uploaded = world.upload(owner, id, sample.fileName(), sample.bytes());
        assertThat(uploaded.statusCode()).as(new String(uploaded.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode version = LibraryFixture.json(uploaded).path("currentVersion");
        assertThat(version.path("mediaType").asString()).isEqualTo(sample.mediaType());
        assertThat(version.path("fileName").asString()).isEqualTo(sample.fileName());

        HttpResponse<byte[]> download = bytes("GET", "/api/v1/artefacts/" + id + "/file", world.token(owner), null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(sample.bytes());
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith(sample.mediaType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileUploads")
    void a_hostile_upload_is_refused_with_a_clear_problem_and_leaves_nothing_stored(UploadCorpus.Refused sample) {
        String id = world.fileArtefact(owner, "title", "Hostile sample");
        HttpResponse<byte[]> refused = world.upload(owner, id, sample.fileName(), sample.bytes());
        String body = new String(refused.body(), StandardCharsets.UTF_8);
        assertThat(refused.statusCode()).as(body).isEqualTo(sample.status());
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(LibraryFixture.json(refused).path("type").asString()).as(body)
                .isEqualTo("urn:lfpl:problem:" + sample.problem());

        JsonNode artefact = LibraryFixture.json(bytes("GET", "/api/v1/artefacts/" + id, world.token(owner), null));
        assertThat(artefact.path("status").asString()).isEqualTo("AWAITING_FILE");
        assertThat(artefact.path("versions")).isEmpty();
        assertThat(mongo.getCollection("artefactFiles.files").countDocuments(Filters.eq("metadata.artefactId", id)))
                .isZero();
    }
}
