package org.lfpl.deployment;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a Kubernetes object against the API models of the Kubernetes Java client (generated
 * from the Kubernetes 1.34 OpenAPI document): a field the API does not know, a required field that
 * is missing, a value of the wrong type, or an apiVersion that no longer exists (extensions/v1beta1,
 * policy/v1beta1, autoscaling/v2beta2...) is a problem. Custom resources of the operators the
 * platform uses are accepted only in their current apiVersions; their schemas live in the operators'
 * CRDs, which are not available here, so only their identity and a spec are checked.
 */
final class ApiModels {

    /** The API group of every built-in kind the manifests may use ("" is the core group). */
    private static final Map<String, String> GROUP_OF_KIND = Map.ofEntries(
            Map.entry("Namespace", ""), Map.entry("ConfigMap", ""), Map.entry("Service", ""),
            Map.entry("ServiceAccount", ""), Map.entry("Secret", ""), Map.entry("PersistentVolumeClaim", ""),
            Map.entry("Deployment", "apps"), Map.entry("StatefulSet", "apps"), Map.entry("DaemonSet", "apps"),
            Map.entry("Job", "batch"), Map.entry("CronJob", "batch"),
            Map.entry("HorizontalPodAutoscaler", "autoscaling"), Map.entry("PodDisruptionBudget", "policy"),
            Map.entry("NetworkPolicy", "networking.k8s.io"), Map.entry("Ingress", "networking.k8s.io"),
            Map.entry("Role", "rbac.authorization.k8s.io"), Map.entry("RoleBinding", "rbac.authorization.k8s.io"));

    /** Operator resources in the apiVersions their current releases serve. */
    private static final Map<String, Set<String>> CUSTOM_RESOURCES = Map.of(
            "kafka.strimzi.io/v1beta2", Set.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser"),
            "k8s.keycloak.org/v2beta1", Set.of("Keycloak", "KeycloakRealmImport"),
            "monitoring.coreos.com/v1", Set.of("ServiceMonitor", "PodMonitor", "PrometheusRule"),
            "cert-manager.io/v1", Set.of("Certificate", "Issuer", "ClusterIssuer"));

    private static final Gson GSON = new Gson();

    private ApiModels() {}

    /** The problems of one object, each naming the object; empty when it is valid. */
    static List<String> problemsOf(Map<String, Object> object) {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        String kind = String.valueOf(object.get("kind"));
        String name = kind + " " + Manifests.name(object);
        List<String> problems = new ArrayList<>();
        if (CUSTOM_RESOURCES.containsKey(apiVersion)) {
            if (!CUSTOM_RESOURCES.get(apiVersion).contains(kind)) {
                problems.add(name + ": " + apiVersion + " has no kind " + kind);
            }
            if (!(object.get("spec") instanceof Map)) {
                problems.add(name + ": no spec");
            }
            return problems;
        }
        if (!GROUP_OF_KIND.containsKey(kind)) {
            problems.add(name + ": " + apiVersion + "/" + kind + " is neither a Kubernetes kind the platform uses"
                    + " nor a known operator resource");
            return problems;
        }
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        if (!group.equals(GROUP_OF_KIND.get(kind))) {
            problems.add(name + ": " + kind + " belongs to group '" + GROUP_OF_KIND.get(kind) + "', not '" + group + "'");
            return problems;
        }
        String model = "io.kubernetes.client.openapi.models." + Character.toUpperCase(version.charAt(0))
                + version.substring(1) + kind;
        try {
            Method validate = Class.forName(model).getMethod("validateJsonElement", JsonElement.class);
            validate.invoke(null, GSON.toJsonTree(object));
        } catch (ClassNotFoundException e) {
            problems.add(name + ": apiVersion " + apiVersion + " of " + kind + " is not served by Kubernetes 1.34");
        } catch (InvocationTargetException e) {
            problems.add(name + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return problems;
    }
}
