package org.lfpl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resident memory of the processes ./lfpl started, at rest and at their peak under load. The first
 * sample, taken as soon as it starts (./lfpl bench starts it before any benchmark), is "at rest";
 * then it samples every 250 ms until it is stopped (SIGTERM) or its parent process is gone, keeping
 * each process's peak, the name of the benchmark running at that moment (the first line of the file
 * {@code phase} in the output folder, which ./lfpl bench rewrites before each step), and the peak of
 * the whole stack's total. A process's RSS is VmRSS from /proc/PID/status, summed over the process and
 * its descendants, as {@code ./lfpl status} counts it (Keycloak runs as kc.sh with a JVM child).
 * Writes {@code process-memory.json} after the first sample, every 5 s and when stopped.
 *
 * <p>Usage: {@code ProcessMemory output-dir [parent-pid] name=pid...}; a parent-pid of 0 means none.
 */
public final class ProcessMemory {

    private static final Duration INTERVAL = Duration.ofMillis(250);
    private static final Duration WRITE_EVERY = Duration.ofSeconds(5);
    private static final int TREE_EVERY_SAMPLES = 40; // descendants listed again every 10 s
    private static final Duration AT_MOST = Duration.ofHours(3); // a forgotten sampler stops on its own

    private final Path output;
    private final List<Watched> watched = new ArrayList<>();
    private final Instant startedAt = Instant.now();
    private long samples;
    private long totalRestKiB;
    private long totalPeakKiB;
    private String totalPeakPhase = "rest";
    private Instant lastSample;

    private ProcessMemory(Path output) {
        this.output = output;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ProcessMemory output-dir [parent-pid] name=pid...");
            System.exit(2);
        }
        ProcessMemory memory = new ProcessMemory(Path.of(args[0]));
        int first = 1;
        long parent = 0;
        if (!args[1].contains("=")) {
            parent = Long.parseLong(args[1]);
            first = 2;
        }
        for (int i = first; i < args.length; i++) {
            String[] nameAndPid = args[i].split("=", 2);
            memory.watched.add(new Watched(nameAndPid[0], Long.parseLong(nameAndPid[1])));
        }
        Files.createDirectories(memory.output);
        memory.sample("rest");
        memory.write(false);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            main.interrupt();
            synchronized (memory) {
                memory.write(true);
            }
        }, "process-memory-stop"));

        Optional<ProcessHandle> parentProcess = parent > 0 ? ProcessHandle.of(parent) : Optional.empty();
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        long nextWrite = System.nanoTime() + WRITE_EVERY.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(INTERVAL);
            } catch (InterruptedException e) {
                return;
            }
            if (parentProcess.isPresent() && !parentProcess.get().isAlive()) {
                return; // ./lfpl bench is gone: the hook writes what was seen
            }
            synchronized (memory) {
                memory.sample(phase(memory.output));
                if (System.nanoTime() >= nextWrite) {
                    memory.write(false);
                    nextWrite = System.nanoTime() + WRITE_EVERY.toNanos();
                }
            }
        }
    }

    private void sample(String phase) {
        long total = 0;
        boolean rest = samples == 0;
        if (samples % TREE_EVERY_SAMPLES == 0) {
            refreshTrees();
        }
        for (Watched w : watched) {
            long kib = rssKiB(w);
            if (rest) {
                w.restKiB = kib;
            }
            if (kib > w.peakKiB) {
                w.peakKiB = kib;
                w.peakPhase = phase;
            }
            total += kib;
        }
        if (rest) {
            totalRestKiB = total;
        }
        if (total > totalPeakKiB) {
            totalPeakKiB = total;
            totalPeakPhase = phase;
        }
        samples++;
        lastSample = Instant.now();
    }

    private void write(boolean stopped) {
        Map<String, Object> processes = new LinkedHashMap<>();
        for (Watched w : watched) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("pid", w.pid);
            p.put("restMiB", mib(w.restKiB));
            p.put("peakMiB", mib(w.peakKiB));
            p.put("growthMiB", mib(w.peakKiB - w.restKiB));
            p.put("peakDuring", w.peakPhase);
            processes.put(w.name, p);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("measuredAt", Instant.now().toString());
        result.put("startedAt", startedAt.toString());
        result.put("lastSampleAt", lastSample == null ? null : lastSample.toString());
        result.put("intervalMs", INTERVAL.toMillis());
        result.put("samples", samples);
        result.put("stopped", stopped);
        result.put("source", "VmRSS of /proc/PID/status, the process and its descendants; MiB = 1024 KiB");
        result.put("processes", processes);
        result.put("totalRestMiB", mib(totalRestKiB));
        result.put("totalPeakMiB", mib(totalPeakKiB));
        result.put("totalPeakDuring", totalPeakPhase);
        try {
            Path tmp = output.resolve("process-memory.json.tmp");
            Files.writeString(tmp, Platform.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            Files.move(tmp, output.resolve("process-memory.json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("could not write process-memory.json: " + e.getMessage());
        }
    }

    private static String phase(Path output) {
        try {
            String text = Files.readString(output.resolve("phase")).strip();
            return text.isEmpty() ? "unknown" : text.lines().findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** VmRSS in KiB of a process and its descendants (as last listed); 0 when it is gone. */
    static long rssKiB(Watched w) {
        long total = 0;
        for (long pid : w.tree) {
            total += vmRss(pid);
        }
        return total;
    }

    /** Lists each watched process's descendants again (a scan of every process, so only now and then). */
    private void refreshTrees() {
        for (Watched w : watched) {
            List<Long> tree = new ArrayList<>();
            tree.add(w.pid);
            ProcessHandle.of(w.pid).ifPresent(p -> p.descendants().forEach(d -> tree.add(d.pid())));
            w.tree = tree;
        }
    }

    private static long vmRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static long mib(long kib) {
        return Math.round(kib / 1024.0);
    }

    private static final class Watched {
        final String name;
        final long pid;
        long restKiB;
        long peakKiB;
        String peakPhase = "rest";
        List<Long> tree = List.of();

        Watched(String name, long pid) {
            this.name = name;
            this.pid = pid;
        }
    }
}
