package org.lfpl.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A gateway test calls the running gateway over HTTP with tokens from the in-process issuer; a stub stands in for services. */
abstract class ThroughTheGateway {

    @LocalServerPort
    int port;

    Http gateway;
    final TestTokens tokens = TestTokens.issuer();

    /** The stub behind the gateway; what it received is forgotten before each test. */
    abstract StubService service();

    @BeforeEach
    void client() {
        gateway = new Http("http://127.0.0.1:" + port);
        service().received.clear();
    }
}
