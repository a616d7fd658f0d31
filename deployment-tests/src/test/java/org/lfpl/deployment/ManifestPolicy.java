package org.lfpl.deployment;

import static org.lfpl.deployment.Manifests.at;
import static org.lfpl.deployment.Manifests.kind;
import static org.lfpl.deployment.Manifests.list;
import static org.lfpl.deployment.Manifests.map;
import static org.lfpl.deployment.Manifests.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The platform's rules for what runs in a cluster, beyond what the API accepts. Each check returns
 * the problems it finds, naming the object, so a test shows them all at once.
 */
final class ManifestPolicy {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet");

    private ManifestPolicy() {}

    /** Workloads: probes, requests and limits, a hardened security context, pinned images. */
    static List<String> workloadProblems(List<Map<String, Object>> objects) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> workload : objects) {
            boolean longRunning = WORKLOADS.contains(kind(workload));
            Map<String, Object> pod = podSpecOf(workload);
            if (pod == null) {
                continue;
            }
            String name = kind(workload) + " " + name(workload);
            Map<String, Object> podSecurity = map(pod, "securityContext");
            for (Map<String, Object> container : containersOf(pod)) {
                String where = name + " container " + container.get("name");
                String image = String.valueOf(container.get("image"));
                String tag = image.contains("@") ? "digest" : image.substring(image.lastIndexOf('/') + 1).contains(":")
                        ? image.substring(image.lastIndexOf(':') + 1) : "";
                if (tag.isEmpty() || tag.equals("latest")) {
                    problems.add(where + ": image " + image + " is not pinned to a version");
                }
                boolean initContainer = !list(pod, "containers").contains(container); // runs once: no probes
                if (longRunning && !initContainer) {
                    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                        if (!(container.get(probe) instanceof Map)) {
                            problems.add(where + ": no " + probe);
                        }
                    }
                }
                Map<String, Object> resources = map(container, "resources");
                for (String needed : List.of("requests.cpu", "requests.memory", "limits.memory")) {
                    if (at(resources, needed) == null) {
                        problems.add(where + ": no resources." + needed);
                    }
                }
                Map<String, Object> security = map(container, "securityContext");
                if (!Boolean.TRUE.equals(security.getOrDefault("runAsNonRoot", podSecurity.get("runAsNonRoot")))) {
                    problems.add(where + ": runAsNonRoot is not true");
                }
                if (!Boolean.TRUE.equals(security.get("readOnlyRootFilesystem"))) {
                    problems.add(where + ": readOnlyRootFilesystem is not true");
                }
                if (!Boolean.FALSE.equals(security.get("allowPrivilegeEscalation"))) {
                    problems.add(where + ": allowPrivilegeEscalation is not false");
                }
                Object drop = at(security, "capabilities.drop");
                if (!(drop instanceof List<?> dropped && dropped.contains("ALL"))) {
                    problems.add(where + ": capabilities are not all dropped");
                }
            }
        }
        return problems;
    }

    /** Production: every Deployment has a PodDisruptionBudget, an autoscaler and its own NetworkPolicy, behind a default deny. */
    static List<String> productionProblems(List<Map<String, Object>> objects) {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> policies = ofKind(objects, "NetworkPolicy");
        boolean defaultDeny = policies.stream().anyMatch(policy -> map(map(policy, "spec"), "podSelector").isEmpty()
                && list(map(policy, "spec"), "ingress").isEmpty() && list(map(policy, "spec"), "egress").isEmpty()
                && String.valueOf(at(policy, "spec.policyTypes")).contains("Ingress")
                && String.valueOf(at(policy, "spec.policyTypes")).contains("Egress"));
        if (!defaultDeny) {
            problems.add("no default-deny NetworkPolicy (empty podSelector, policyTypes Ingress and Egress, no rules)");
        }
        for (Map<String, Object> deployment : ofKind(objects, "Deployment")) {
            String name = "Deployment " + name(deployment);
            Map<String, Object> labels = map(map(map(map(deployment, "spec"), "template"), "metadata"), "labels");
            if (ofKind(objects, "PodDisruptionBudget").stream().noneMatch(pdb -> selects(map(map(pdb, "spec"), "selector"), labels))) {
                problems.add(name + ": no PodDisruptionBudget selects its pods");
            }
            if (ofKind(objects, "HorizontalPodAutoscaler").stream().noneMatch(hpa ->
                    "Deployment".equals(at(hpa, "spec.scaleTargetRef.kind"))
                            && name(deployment).equals(at(hpa, "spec.scaleTargetRef.name")))) {
                problems.add(name + ": no HorizontalPodAutoscaler scales it");
            }
            if (policies.stream().noneMatch(policy -> !map(map(policy, "spec"), "podSelector").isEmpty()
                    && selects(map(map(policy, "spec"), "podSelector"), labels))) {
                problems.add(name + ": no NetworkPolicy of its own opens what it needs");
            }
            Object replicas = at(deployment, "spec.replicas");
            if (!(replicas instanceof Integer n) || n < 2) {
                problems.add(name + ": fewer than 2 replicas");
            }
        }
        return problems;
    }

    /** Secrets are referenced, never committed: no Secret objects in the rendered output. */
    static List<String> committedSecrets(List<Map<String, Object>> objects) {
        return ofKind(objects, "Secret").stream().map(secret -> "Secret " + name(secret) + " is rendered from the repository")
                .toList();
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(kind(o))).toList();
    }

    /** matchLabels only (what the manifests use): every pair is among the pod's labels. */
    private static boolean selects(Map<String, Object> selector, Map<String, Object> podLabels) {
        Map<String, Object> matchLabels = map(selector, "matchLabels");
        if (matchLabels.isEmpty()) {
            return false;
        }
        return matchLabels.entrySet().stream().allMatch(e -> Objects.equals(podLabels.get(e.getKey()), e.getValue()));
    }

    private static Map<String, Object> podSpecOf(Map<String, Object> object) {
        Object spec = switch (kind(object)) {
            case "Deployment", "StatefulSet", "Job" -> at(object, "spec.template.spec");
            case "CronJob" -> at(object, "spec.jobTemplate.spec.template.spec");
            default -> null;
        };
        @SuppressWarnings("unchecked")
        Map<String, Object> pod = spec instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        return pod;
    }

    private static List<Map<String, Object>> containersOf(Map<String, Object> pod) {
        List<Map<String, Object>> all = new ArrayList<>(list(pod, "containers"));
        all.addAll(list(pod, "initContainers"));
        return all;
    }
}
