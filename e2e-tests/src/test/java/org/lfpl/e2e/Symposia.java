package org.lfpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lfpl.testsupport.Http;

/** A fresh symposium for an end-to-end test, created and published by the organiser through the gateway. */
final class Symposia {

    private Symposia() {}

    /** Starts in 60 days, registration open for 30; its id. */
    static String published(Http gateway, String organiser, String title) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", title + " " + Instant.now());
        draft.put("startsOn", LocalDate.now().plusDays(60).toString());
        draft.put("endsOn", LocalDate.now().plusDays(61).toString());
        draft.put("timeZone", "Europe/London");
        draft.put("capacity", 50);
        draft.put("registrationOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        draft.put("registrationClosesAt", Instant.now().plus(Duration.ofDays(30)).toString());
        var created = gateway.post("/api/v1/symposia", draft).bearer(organiser).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String symposium = created.json().path("id").asString();
        assertThat(gateway.post("/api/v1/symposia/" + symposium + "/publish", null).bearer(organiser).send().status())
                .isEqualTo(200);
        return symposium;
    }
}
