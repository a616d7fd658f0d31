package org.lfpl.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lfpl.deployment.Manifests.map;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml as Docker Compose itself reads it ({@code docker-compose config}, which needs
 * no engine), held to what the README promises: real infrastructure, health checks that gate the
 * start order, memory limits, named volumes, and only the front doors published.
 */
class ComposeFileTest {

    static final List<String> APPS = List.of("gateway", "registration-service", "dialogue-service", "artefact-service",
            "notification-service");

    static Map<String, Object> services;
    static Map<String, Object> volumes;

    @BeforeAll
    static void resolve() {
        for (List<String> check : List.of(List.of("docker-compose", "-f", "docker-compose.yml", "config", "-q"),
                List.of("docker-compose", "-f", "docker-compose.yml", "--profile", "observability", "config", "-q"))) {
            Tools.Result result = Tools.run(check);
            assertThat(result.exitCode()).as(String.join(" ", check) + ": " + result.err()).isZero();
        }
        Tools.Result resolved = Tools.run(List.of("docker-compose", "-f", "docker-compose.yml", "--profile",
                "observability", "config"));
        Map<String, Object> compose = Manifests.parse(resolved.out()).getFirst();
        services = map(compose, "services");
        volumes = map(compose, "volumes");
    }

    @Test
    void the_whole_platform_runs_on_real_infrastructure_with_pinned_images() {
        assertThat(services).containsKeys("mongo", "kafka", "keycloak", "mail", "prometheus", "grafana");
        assertThat(services).containsKeys(APPS.toArray(String[]::new));
        services.forEach((name, service) -> {
            String image = String.valueOf(map(services, name).get("image"));
            assertThat(image).as(name).matches(".+:[^:/]+").doesNotEndWith(":latest");
        });
        assertThat(String.valueOf(map(services, "mongo").get("command"))).as("MongoDB runs as a replica set")
                .contains("--replSet");
        assertThat(String.valueOf(map(services, "keycloak").get("volumes"))).as("Keycloak imports the repository's realm")
                .contains("keycloak/lfpl-realm.json:/opt/keycloak/data/import/");
        assertThat(map(services, "prometheus").get("profiles")).asString().contains("observability");
        assertThat(map(services, "grafana").get("profiles")).asString().contains("observability");
    }

    @Test
    void every_application_waits_for_healthy_dependencies_and_has_a_health_check_and_a_memory_limit() {
        for (String app : APPS) {
            Map<String, Object> service = map(services, app);
            assertThat(service).as(app).containsKeys("healthcheck", "mem_limit", "build");
            Map<String, Object> dependsOn = map(service, "depends_on");
            assertThat(dependsOn).as(app).isNotEmpty();
            dependsOn.forEach((dependency, condition) -> assertThat(String.valueOf(condition))
                    .as(app + " waits for " + dependency).contains("service_healthy"));
        }
        for (String infrastructure : List.of("mongo", "kafka", "keycloak", "mail")) {
            assertThat(map(services, infrastructure)).as(infrastructure).containsKeys("healthcheck", "mem_limit");
        }
        assertThat(map(map(services, "gateway"), "depends_on")).containsKeys("registration-service", "dialogue-service",
                "artefact-service", "notification-service");
    }

    @Test
    void data_lives_in_named_volumes_and_only_the_front_doors_are_published() {
        assertThat(volumes).containsKeys("mongo-data", "kafka-data");
        services.forEach((name, service) -> {
            Object ports = map(services, name).get("ports");
            if (ports != null) {
                assertThat(name).as("publishes %s", ports).isIn("gateway", "keycloak", "mail", "prometheus", "grafana");
                assertThat(String.valueOf(ports)).as(name + " is published on loopback only").startsWith("[127.0.0.1:");
            }
        });
    }
}
