package org.lfpl.artefact;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.lfpl.artefact.dialogues.KnownDialogues;
import org.lfpl.artefact.eligibility.Eligibility;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running artefact-service with a fresh symposium for each test (see {@link LibraryFixture}).
 * Uploads are limited to 2 MB here so the size limit is cheap to test; a stored file no artefact
 * refers to counts as orphaned at once (the sweep runs only when a test calls it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lfpl.artefacts.max-file-size=2MB", "lfpl.artefacts.orphan-grace-time=0s"})
@UsePlatformInfrastructure
public abstract class LibraryTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Eligibility eligibility;

    @Autowired
    protected KnownDialogues dialogues;

    protected Http http;
    protected LibraryFixture library;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    protected void aFreshSymposium() {
        http = new Http("http://127.0.0.1:" + port);
        library = new LibraryFixture(http, this, eligibility, dialogues);
    }

    /** A raw request with a byte body (or none), answered as bytes: what uploads and downloads need. */
    public HttpResponse<byte[]> bytes(String method, String path, String token, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
