package org.lfpl.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one Dockerfile every application image is built from. No engine can build it here, so its
 * promises are checked in its text: pinned base images, a non-root numeric user, Spring Boot's
 * layers copied least-changed first, and container-aware JVM settings.
 */
class DockerfileTest {

    final List<String> lines = read();

    static List<String> read() {
        try {
            return Files.readAllLines(Tools.REPOSITORY.resolve("Dockerfile"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void base_images_are_pinned_to_a_java_25_release() {
        List<String> bases = lines.stream().filter(l -> l.startsWith("ARG JDK_IMAGE=") || l.startsWith("ARG JRE_IMAGE="))
                .toList();
        assertThat(bases).hasSize(2).allSatisfy(base -> assertThat(base).matches("ARG J[DR][KE]_IMAGE=eclipse-temurin:25\\.\\d+\\.\\d+_\\d+-j[dr][ke]-\\w+"));
    }

    @Test
    void the_application_runs_as_a_numeric_non_root_user() {
        assertThat(lines).filteredOn(l -> l.startsWith("USER ")).containsExactly("USER 10001:10001");
        int user = lines.indexOf("USER 10001:10001");
        int entrypoint = indexOf("ENTRYPOINT");
        assertThat(user).isLessThan(entrypoint);
    }

    @Test
    void the_boot_jar_is_split_into_layers_copied_least_changed_first() {
        assertThat(String.join("\n", lines)).contains("-Djarmode=tools", "extract --layers --launcher");
        List<String> copies = lines.stream().filter(l -> l.startsWith("COPY --from=build")).toList();
        assertThat(copies).containsExactly("COPY --from=build /layers/dependencies/ ./",
                "COPY --from=build /layers/spring-boot-loader/ ./", "COPY --from=build /layers/snapshot-dependencies/ ./",
                "COPY --from=build /layers/application/ ./");
        assertThat(lines.get(indexOf("ENTRYPOINT"))).contains("org.springframework.boot.loader.launch.JarLauncher");
    }

    @Test
    void the_heap_follows_the_container_memory_limit() {
        String instructions = String.join("\n", lines.stream().filter(l -> !l.startsWith("#")).toList());
        assertThat(instructions).contains("JAVA_TOOL_OPTIONS").contains("-XX:MaxRAMPercentage=")
                .contains("-XX:+ExitOnOutOfMemoryError").doesNotContain("-Xmx");
    }

    private int indexOf(String instruction) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(instruction)) {
                return i;
            }
        }
        throw new AssertionError("no " + instruction + " in the Dockerfile");
    }
}
