package org.lfpl.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A gateway test calls the running gateway over HTTP with tokens from the in-process issuer; a stub stands in for services. */
abstract class ThroughTheGateway {

    @LocalServerPort
    int port;

    Http gateway;
    final TestTokens tokens = TestTokens.issuer();

    /**
     * Points the gateway at the test issuer and all four services at the stub, except those named
     * in {@code down}, which get an address where nothing listens.
     */
    static void wire(DynamicPropertyRegistry registry, StubService stub, String... down) {
        TestTokens tokens = TestTokens.issuer();
        registry.add("lfpl.security.issuer-uri", tokens::issuerUri);
        registry.add("lfpl.security.jwk-set-uri", tokens::jwkSetUri);
        registry.add("management.server.port", () -> "0");
        for (String service : List.of("REGISTRATION", "DIALOGUE", "ARTEFACT", "NOTIFICATION")) {
            String url = List.of(down).contains(service) ? "http://127.0.0.1:" + freePort() : stub.url();
            registry.add(service + "_SERVICE_URL", () -> url);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stub behind the gateway; what it received is forgotten before each test. */
    abstract StubService service();

    @BeforeEach
    void client() {
        gateway = new Http("http://127.0.0.1:" + port);
        service().received.clear();
    }
}
