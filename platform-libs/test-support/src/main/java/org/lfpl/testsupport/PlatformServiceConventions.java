package org.lfpl.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every LfPL service promises operators and callers, whatever its features: probes and
 * metrics on the management port, and problem+json for callers who are not allowed in or ask for
 * what is not there. A service's test class extends this with
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and {@code @UsePlatformInfrastructure}.
 */
public abstract class PlatformServiceConventions {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Value("${spring.application.name}")
    String applicationName;

    /** The port the service under test listens on. */
    protected int port() {
        return port;
    }

    /** A path under the service's own API root, for example {@code /api/v1/dialogues}. */
    protected abstract String apiPath();

    private Http api() {
        return new Http("http://127.0.0.1:" + port);
    }

    private Http management() {
        return new Http("http://127.0.0.1:" + managementPort);
    }

    @Test
    void liveness_and_readiness_probes_are_up_on_the_management_port() {
        assertThat(management().get("/actuator/health/liveness").send().json().path("status").asString()).isEqualTo("UP");
        assertThat(management().get("/actuator/health/readiness").send().json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_are_tagged_with_the_application() {
        var metrics = management().get("/actuator/prometheus").header("Accept", "text/plain").send();
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"" + applicationName + "\"").contains("jvm_memory_used_bytes");
    }

    @Test
    void an_anonymous_api_call_is_a_401_problem_with_a_bearer_challenge() {
        var response = api().get(apiPath()).send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void a_forged_token_is_a_401() {
        var response = api().get(apiPath()).bearer(TestTokens.issuer().token().unsigned()).send();
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void an_unknown_path_is_a_404_problem_not_an_error_page() {
        var response = api().get(apiPath() + "/no-such-thing/" + "x".repeat(20)).bearer(TestTokens.issuer().member("m"))
                .send();
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void the_service_describes_its_api_as_openapi_3_with_bearer_security() {
        var spec = api().get("/v3/api-docs").send();
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.json().path("openapi").asString()).startsWith("3.");
        assertThat(spec.json().path("info").path("title").asString()).contains(applicationName);
        assertThat(spec.json().path("components").path("securitySchemes").has("keycloak")).isTrue();
        assertThat(spec.json().path("servers").get(0).path("url").asString())
                .as("relative, so the reference page's calls go through the gateway").isEqualTo("/");
        assertThat(spec.json().path("paths").propertyNames()).as("only the public API, nothing internal")
                .allMatch(path -> path.startsWith("/api/v1/"));
    }

    /**
     * Every operation that takes a body, called by a signed-in caller who holds no role, with a body
     * that is wrong in every way: the answer is 403, never a 400 listing what is wrong with a body
     * the caller may not send at all (roles are checked before the body is read).
     */
    @Test
    void a_caller_without_the_role_is_refused_before_the_body_is_read() {
        String roleless = TestTokens.issuer().token().username("roleless").subject(TestTokens.subjectOf("roleless"))
                .noMemberRole().sign();
        var paths = api().get("/v3/api-docs").send().json().path("paths");
        int checked = 0;
        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                if (!paths.path(path).path(method).has("requestBody")) {
                    continue;
                }
                String concrete = path.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                var answer = new Http("http://127.0.0.1:" + port)
                        .request(method.toUpperCase(java.util.Locale.ROOT), concrete, "{\"unexpected\": [1, 2]}")
                        .bearer(roleless).send();
                assertThat(answer.status()).as("%s %s", method, path).isIn(401, 403);
                checked++;
            }
        }
        assertThat(checked).as("operations with a body").isPositive();
    }

    @Test
    void the_actuator_is_not_reachable_on_the_public_port() {
        assertThat(api().get("/actuator/health").send().status()).isIn(401, 404);
    }
}
