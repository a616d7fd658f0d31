package org.lfpl.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Kubernetes objects: an overlay rendered by {@code kubectl kustomize}, as plain maps. */
final class Manifests {

    private Manifests() {}

    /** Renders {@code k8s/overlays/<overlay>} offline; a kustomize error fails with its message. */
    static List<Map<String, Object>> render(String overlay) {
        // kubectl embeds kustomize (v5 in kubectl 1.27+); where there is no kubectl, the standalone
        // kustomize (4.5+) renders the same output: the overlays use nothing newer.
        List<String> command = Tools.onPath("kubectl") || !Tools.onPath("kustomize")
                ? List.of("kubectl", "kustomize", "k8s/overlays/" + overlay)
                : List.of("kustomize", "build", "k8s/overlays/" + overlay);
        Tools.Result rendered = Tools.run(command);
        assertThat(rendered.exitCode()).as("%s: %s", String.join(" ", command), rendered.err()).isZero();
        return parse(rendered.out());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        // Safe loading: plain maps, lists and scalars; timestamps stay strings as the API has them.
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document instanceof Map<?, ?> object) {
                objects.add((Map<String, Object>) object);
            }
        }
        return objects;
    }

    static String name(Map<String, Object> object) {
        return String.valueOf(map(object, "metadata").get("name"));
    }

    static String kind(Map<String, Object> object) {
        return String.valueOf(object.get("kind"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return parent != null && parent.get(key) instanceof Map<?, ?> child ? (Map<String, Object>) child : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return parent != null && parent.get(key) instanceof List<?> children ? (List<Map<String, Object>>) children
                : List.of();
    }

    /** A value at a dotted path of maps ({@code spec.template.spec}), or null. */
    static Object at(Map<String, Object> object, String path) {
        Object current = object;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }
}
