package org.lfpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lfpl.testsupport.Http;

/**
 * What an operator relies on, on the running platform: the trace a request starts at the gateway
 * is carried through the service, its outbox and Kafka to the consumers, and shows in their logs;
 * and each service's Prometheus endpoint exposes the business metrics the alerts and dashboard read.
 */
class ObservabilityIT {

    static final Path LOGS = Path.of(System.getProperty("lfpl.logs", "../.lfpl/logs"));
    static final Pattern TRACE_RESPONSE = Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-0[01]");

    final Http gateway = new Http(WalkingSkeletonIT.GATEWAY);

    @Test
    void a_trace_started_at_the_gateway_reaches_the_kafka_consumers_logs() {
        String token = Keycloak.member("student");
        var saved = gateway.put("/api/v1/members/me",
                WalkingSkeletonIT.profile("Sam Student " + UUID.randomUUID().toString().substring(0, 8))).bearer(token).send();
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Matcher trace = TRACE_RESPONSE.matcher(String.valueOf(saved.header("traceresponse")));
        assertThat(trace.matches()).as("traceresponse header: %s", saved.header("traceresponse")).isTrue();
        String traceId = trace.group(1);

        // registration-service handled the request and stored member.updated in its outbox; the relay
        // published it later on its own thread; the consumers log it with the gateway's trace id.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(lines("notification-service.log", traceId))
                    .anyMatch(line -> line.contains("Handling org.lfpl.registration.member.updated"));
            assertThat(lines("dialogue-service.log", traceId))
                    .anyMatch(line -> line.contains("Handling org.lfpl.registration.member.updated"));
        });
    }

    @Test
    void refusals_carry_a_trace_id_too() {
        var refused = gateway.get("/api/v1/members/me").send();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("traceresponse")).matches(TRACE_RESPONSE);
    }

    @Test
    void every_service_exposes_its_business_metrics_to_prometheus() {
        // Timers and counters appear on first use: a profile change through the gateway serves a
        // request at the gateway and registration-service and delivers a notification in-app.
        var saved = gateway.put("/api/v1/members/me", WalkingSkeletonIT.profile("Rita Researcher"))
                .bearer(Keycloak.member("researcher")).send();
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(scrape(9081)).contains("lfpl_registrations{", "state=\"WAITLISTED\"", "lfpl_waitlist_length",
                    "lfpl_outbox_pending", "lfpl_outbox_oldest_age_ms", "http_server_requests_seconds_bucket",
                    "mongodb_driver_commands_seconds_count", "kafka_producer_");
            assertThat(scrape(9082)).contains("lfpl_dialogues{", "state=\"PROPOSED\"",
                    "kafka_consumer_fetch_manager_records_lag_max");
            assertThat(scrape(9083)).contains("lfpl_outbox_pending", "kafka_consumer_fetch_manager_records_lag_max");
            assertThat(scrape(9084)).contains("lfpl_notifications_total{", "channel=\"in-app\"",
                    "kafka_consumer_fetch_manager_records_lag_max", "jvm_memory_used_bytes");
            assertThat(scrape(9080)).contains("http_server_requests_seconds_bucket", "application=\"gateway\"");
        });
    }

    private static String scrape(int managementPort) {
        var response = new Http("http://localhost:" + managementPort).get("/actuator/prometheus")
                .header("Accept", "text/plain").send();
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static java.util.List<String> lines(String log, String traceId) throws IOException {
        try (var all = Files.lines(LOGS.resolve(log))) {
            return all.filter(line -> line.contains(traceId)).toList();
        }
    }
}
