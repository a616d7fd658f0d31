package org.lfpl.dialogue;

import org.junit.jupiter.api.BeforeEach;
import org.lfpl.dialogue.participation.Participants;
import org.lfpl.testsupport.Http;
import org.lfpl.testsupport.UsePlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The running dialogue-service with a fresh symposium for each test (see {@link SymposiumFixture}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsePlatformInfrastructure
public abstract class SymposiumTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Participants participants;

    protected Http http;
    protected SymposiumFixture symposium;

    @BeforeEach
    void aFreshSymposium() {
        http = new Http("http://127.0.0.1:" + port);
        symposium = new SymposiumFixture(http, participants);
    }
}
