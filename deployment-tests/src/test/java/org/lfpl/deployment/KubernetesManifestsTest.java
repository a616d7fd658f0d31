package org.lfpl.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lfpl.deployment.ManifestPolicy.ofKind;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every overlay in k8s/ renders offline and every rendered object is one the Kubernetes API would
 * accept, held to the platform's policies. Nothing here reaches a cluster.
 */
class KubernetesManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_rendered_object_matches_the_kubernetes_api(String overlay) {
        List<Map<String, Object>> objects = Manifests.render(overlay);
        assertThat(objects).hasSizeGreaterThan(30);
        assertThat(objects.stream().flatMap(o -> ApiModels.problemsOf(o).stream())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_workload_has_probes_resources_a_hardened_security_context_and_pinned_images(String overlay) {
        List<Map<String, Object>> objects = Manifests.render(overlay);
        assertThat(ofKind(objects, "Deployment")).extracting(Manifests::name).containsExactlyInAnyOrder("gateway",
                "registration-service", "dialogue-service", "artefact-service", "notification-service");
        assertThat(ManifestPolicy.workloadProblems(objects)).isEmpty();
        assertThat(ManifestPolicy.committedSecrets(objects)).isEmpty();
    }

    @Test
    void production_covers_every_deployment_with_a_disruption_budget_an_autoscaler_and_network_policies() {
        assertThat(ManifestPolicy.productionProblems(Manifests.render("production"))).isEmpty();
    }

    @Test
    void production_kafka_topics_have_three_replicas_and_two_in_sync_and_every_consumer_has_a_dead_letter_topic() {
        List<Map<String, Object>> topics = ofKind(Manifests.render("production"), "KafkaTopic");
        List<String> names = topics.stream().map(t -> String.valueOf(Manifests.at(t, "spec.topicName") != null
                ? Manifests.at(t, "spec.topicName") : Manifests.name(t))).toList();
        assertThat(names).contains("lfpl.registration.events.v1", "lfpl.dialogue.events.v1", "lfpl.artefact.events.v1",
                "lfpl.registration.events.v1.notification-service.dlt", "lfpl.dialogue.events.v1.notification-service-webhooks.dlt",
                "lfpl.artefact.events.v1.dialogue-service.dlt", "lfpl.registration.events.v1.artefact-service.dlt");
        assertThat(topics).allSatisfy(topic -> {
            assertThat(Manifests.at(topic, "spec.replicas")).as(Manifests.name(topic)).isEqualTo(3);
            assertThat(String.valueOf(Manifests.map(Manifests.map(topic, "spec"), "config").get("min.insync.replicas"))).as(Manifests.name(topic))
                    .isEqualTo("2");
            assertThat((Integer) Manifests.at(topic, "spec.partitions")).as(Manifests.name(topic)).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void the_checks_find_what_is_wrong_in_a_careless_manifest() {
        // A deployment as it is often first written: latest tag, no probes, no limits, root,
        // misspelt fields (also deep inside the pod template), and an apiVersion Kubernetes removed in 1.25.
        List<Map<String, Object>> careless = Manifests.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: careless }
                spec:
                  replica: 2
                  selector: { matchLabels: { app: careless } }
                  template:
                    metadata: { labels: { app: careless } }
                    spec:
                      containers:
                        - name: app
                          image: lfpl/careless:latest
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: deep-typo }
                spec:
                  selector: { matchLabels: { app: deep-typo } }
                  template:
                    metadata: { labels: { app: deep-typo } }
                    spec:
                      containers:
                        - name: app
                          image: lfpl/deep-typo:0.1.0
                          livenesProbe: { httpGet: { path: /actuator/health/liveness, port: 9080 } }
                ---
                apiVersion: policy/v1beta1
                kind: PodDisruptionBudget
                metadata: { name: careless }
                spec: { minAvailable: 1, selector: { matchLabels: { app: careless } } }
                ---
                apiVersion: v1
                kind: Secret
                metadata: { name: committed }
                stringData: { password: hunter2 }
                """);
        List<String> apiProblems = careless.stream().flatMap(o -> ApiModels.problemsOf(o).stream()).toList();
        assertThat(apiProblems).anyMatch(p -> p.contains("Deployment careless") && p.contains("`replica`"))
                .anyMatch(p -> p.startsWith("Deployment deep-typo: The field `livenesProbe`") && p.contains("V1Container"))
                .anyMatch(p -> p.contains("policy/v1beta1") && p.contains("not served"));
        assertThat(ManifestPolicy.workloadProblems(careless)).anyMatch(p -> p.contains("not pinned"))
                .anyMatch(p -> p.contains("no livenessProbe")).anyMatch(p -> p.contains("no resources.limits.memory"))
                .anyMatch(p -> p.contains("runAsNonRoot")).anyMatch(p -> p.contains("readOnlyRootFilesystem"))
                .anyMatch(p -> p.contains("capabilities"));
        assertThat(ManifestPolicy.productionProblems(careless)).anyMatch(p -> p.contains("default-deny"))
                .anyMatch(p -> p.contains("no HorizontalPodAutoscaler")).anyMatch(p -> p.contains("fewer than 2 replicas"))
                .anyMatch(p -> p.contains("no NetworkPolicy"));
        assertThat(ManifestPolicy.committedSecrets(careless)).containsExactly("Secret committed is rendered from the repository");
    }
}
