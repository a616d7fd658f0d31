package org.lfpl.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * End-to-end notification latency at a steady rate: N members (default 50) each hold a live
 * stream open through the gateway; together they save their profile 100 times a second (each save
 * is a write in registration-service whose member.updated event becomes a notification). For every
 * save the time from sending the write to the notification arriving on the member's stream is
 * measured, and for every twentieth save (at most five at a time) the time until it is readable
 * through the API (polled after 10 ms, then at doubling intervals up to a second, and at once when
 * the stream delivered it; polling often, or for every save, would itself load the platform). The
 * first 10 s of saves at the same rate are a warm-up and not measured. Prints p50, p99 and the
 * maximum of both, the same for the save's own answer, each also by five-second window (where a
 * stall fell), and writes .lfpl/bench/notification-latency.json. Each window also splits the
 * stream's latency at the moment notification-service numbered the notification for storing (its
 * {@code seq} is that time in microseconds, on the same machine's clock): {@code stored...} is the
 * save, the outbox relay, Kafka and the consumer up to that moment; {@code delivered...} is the
 * insert, the live stream, the gateway and this program reading it.
 *
 * <p>Usage: {@code NotificationLatency [events-per-second] [seconds] [members] [output-dir]}.
 */
public final class NotificationLatency {

    /** Saves being polled through the API at once, at most; polls are reads the platform serves too. */
    private static final int MAX_API_POLLERS = 5;
    private static final int WINDOW_SECONDS = 5;
    private static final int WARM_UP_SECONDS = 10;
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    private NotificationLatency() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int members = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Path output = Path.of(args.length > 3 ? args[3] : ".lfpl/bench");
        Platform platform = new Platform(System.getProperty("lfpl.gateway", "http://localhost:8080"),
                System.getProperty("lfpl.keycloak", "http://localhost:8180"));
        BenchMembers.ensure(platform, members);
        List<String> tokens = BenchMembers.tokens(platform, members);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, java.util.concurrent.CountDownLatch> arrived = new ConcurrentHashMap<>();
        AtomicInteger apiPollers = new AtomicInteger();
        List<Long> onStream = java.util.Collections.synchronizedList(new ArrayList<>());
        // The same latencies by when the save was sent, in windows of five seconds: where the tail falls.
        Map<Integer, List<Long>> onStreamByWindow = new ConcurrentHashMap<>();
        List<Long> viaApi = java.util.Collections.synchronizedList(new ArrayList<>());
        // How long the save itself took (the PUT's answer), by the same windows: a stall in the tail
        // falls either before the write was acknowledged (gateway, registration-service, its store)
        // or after it (outbox relay, Kafka, notification-service, the stream).
        Map<Integer, List<Long>> writesByWindow = new ConcurrentHashMap<>();
        // The stream's latency split where notification-service numbered the notification (wall clock).
        WallClock wall = new WallClock();
        Map<Integer, List<Long>> storedByWindow = new ConcurrentHashMap<>();
        Map<Integer, List<Long>> deliveredByWindow = new ConcurrentHashMap<>();
        List<Stream<String>> streams = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        Map<Integer, AtomicInteger> errorsByStatus = new ConcurrentSkipListMap<>();
        // This program's own CPU time over the measured saves (see ownCpuNanos).
        long ownCpuAtStart = 0;
        long ownCpuUsed = 0;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String token : tokens) {
                HttpResponse<Stream<String>> stream = platform.http.send(HttpRequest.newBuilder(URI.create(platform.gateway
                                + "/api/v1/notifications/stream")).header("Authorization", "Bearer " + token)
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
                if (stream.statusCode() != 200) {
                    throw new IllegalStateException("Could not open a live stream: " + stream.statusCode());
                }
                streams.add(stream.body());
                threads.submit(() -> {
                    Iterator<String> lines = stream.body().iterator();
                    while (lines.hasNext()) {
                        String line = lines.next();
                        int at = line.indexOf("bench-save-");
                        if (line.startsWith("data:") && at >= 0) {
                            String key = line.substring(at, line.indexOf('.', at));
                            Long t0 = sentAt.get(key);
                            if (t0 != null) {
                                long arrivedAt = System.nanoTime();
                                long latency = arrivedAt - t0;
                                onStream.add(latency);
                                int window = Integer.parseInt(key.substring("bench-save-".length())) / (rate * WINDOW_SECONDS);
                                inWindow(onStreamByWindow, window, latency);
                                Matcher seq = SEQ.matcher(line);
                                if (seq.find()) {
                                    long numbered = Long.parseLong(seq.group(1));
                                    inWindow(storedByWindow, window, (numbered - wall.micros(t0)) * 1000);
                                    inWindow(deliveredByWindow, window, (wall.micros(arrivedAt) - numbered) * 1000);
                                }
                            }
                            java.util.concurrent.CountDownLatch polling = arrived.get(key);
                            if (polling != null) {
                                polling.countDown(); // its API poller looks at once
                            }
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(1000);
            // Warm-up at the same rate, not measured: this program's own first seconds (its HTTP
            // client compiling on the same two cores) showed as the platform's latency.
            System.out.printf("%d members listening; warming up: %d saves a second for %d s%n", members, rate,
                    WARM_UP_SECONDS);
            long warmUpStart = System.nanoTime();
            for (int i = 0; i < rate * WARM_UP_SECONDS; i++) {
                long wait = warmUpStart + i * 1_000_000_000L / rate - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String token = tokens.get(i % members);
                String name = "bench-warm-up-" + i;
                threads.submit(() -> platform.call("PUT", platform.gateway + "/api/v1/members/me", token,
                        Map.of("displayName", name, "preferredLanguage", "en", "timeZone", "UTC",
                                "listedInDirectory", false, "nameSharedWithPartners", false)));
            }
            System.out.printf("sending %d saves a second for %d s%n", rate, seconds);
            long start = System.nanoTime();
            ownCpuAtStart = ownCpuNanos();
            long interval = 1_000_000_000L / rate;
            int total = rate * seconds;
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int save = i;
                String token = tokens.get(i % members);
                threads.submit(() -> {
                    String key = "bench-save-" + save;
                    // Every twentieth save is also timed until readable through the API, at most
                    // five at a time (while five are being polled, the next is not sampled).
                    boolean sampled = save % 20 == 0 && apiPollers.incrementAndGet() <= MAX_API_POLLERS;
                    if (save % 20 == 0 && !sampled) {
                        apiPollers.decrementAndGet();
                    }
                    if (sampled) {
                        arrived.put(key, new java.util.concurrent.CountDownLatch(1));
                    }
                    long t0 = System.nanoTime();
                    sentAt.put(key, t0);
                    HttpResponse<String> saved = platform.call("PUT", platform.gateway + "/api/v1/members/me", token,
                            Map.of("displayName", key, "preferredLanguage", "en", "timeZone", "UTC",
                                    "listedInDirectory", false, "nameSharedWithPartners", false));
                    inWindow(writesByWindow, save / (rate * WINDOW_SECONDS), System.nanoTime() - t0);
                    if (saved.statusCode() != 200) {
                        errors.incrementAndGet();
                        errorsByStatus.computeIfAbsent(saved.statusCode(), status -> new AtomicInteger()).incrementAndGet();
                        if (sampled) {
                            apiPollers.decrementAndGet();
                        }
                        return null;
                    }
                    if (sampled) {
                        // Polled after 10 ms, then at doubling intervals up to a second, and at once when
                        // the stream has delivered it (the notification is stored before it is signalled).
                        // Polling every 10 ms throughout fed on itself once the platform fell behind: the
                        // later the notifications, the more pollers, each adding 100 reads a second.
                        java.util.concurrent.CountDownLatch onItsStream = arrived.get(key);
                        long pause = 10;
                        while (System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos()) {
                            onItsStream.await(pause, java.util.concurrent.TimeUnit.MILLISECONDS);
                            HttpResponse<String> inbox = platform.call("GET", platform.gateway
                                    + "/api/v1/notifications?size=5", token, null);
                            if (inbox.body().contains(key + ".")) {
                                viaApi.add(System.nanoTime() - t0);
                                break;
                            }
                            pause = Math.min(1000, pause * 2);
                        }
                        apiPollers.decrementAndGet();
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (onStream.size() < total - errors.get() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            ownCpuUsed = ownCpuNanos() - ownCpuAtStart;
            streams.forEach(Stream::close);
            threads.shutdownNow();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("eventsPerSecond", rate);
        figures.put("seconds", seconds);
        figures.put("members", members);
        figures.put("saves", rate * seconds);
        figures.put("writeErrors", errors.get());
        figures.put("writeErrorsByStatus", errorsByStatus);
        figures.put("arrivedOnStream", onStream.size());
        figures.putAll(percentiles("stream", onStream));
        List<Map<String, Object>> windows = new ArrayList<>();
        for (int w = 0; w * WINDOW_SECONDS < seconds; w++) {
            Map<String, Object> window = new LinkedHashMap<>();
            window.put("fromSecond", w * WINDOW_SECONDS);
            window.put("arrived", onStreamByWindow.getOrDefault(w, List.of()).size());
            window.putAll(percentiles("stream", onStreamByWindow.getOrDefault(w, List.of())));
            window.putAll(percentiles("write", writesByWindow.getOrDefault(w, List.of())));
            window.putAll(percentiles("stored", storedByWindow.getOrDefault(w, List.of())));
            window.putAll(percentiles("delivered", deliveredByWindow.getOrDefault(w, List.of())));
            windows.add(window);
        }
        figures.putAll(percentiles("write", writesByWindow.values().stream().flatMap(List::stream).toList()));
        figures.putAll(percentiles("stored", storedByWindow.values().stream().flatMap(List::stream).toList()));
        figures.putAll(percentiles("delivered", deliveredByWindow.values().stream().flatMap(List::stream).toList()));
        figures.put("streamByWindow", windows);
        figures.put("readableViaApiSampled", viaApi.size());
        figures.putAll(percentiles("api", viaApi));
        figures.put("loadGeneratorCpuMsPerSave", Math.round(ownCpuUsed / 1e3 / (rate * seconds)) / 1e3);
        figures.forEach((k, v) -> System.out.printf("%-26s %s%n", k, v));
        Files.createDirectories(output);
        Files.writeString(output.resolve("notification-latency.json"), Platform.JSON.writeValueAsString(figures));
    }

    /**
     * This program's CPU time so far, in nanoseconds. Per measured save it is the same work in every run
     * (send one write, read one line of a stream), so when it is higher the box was slower for everything
     * on it (another tenant on the host, a slower host): it says which runs compare.
     */
    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A {@code System.nanoTime()} reading as microseconds since the epoch: one anchor for the whole run. */
    private static final class WallClock {
        private final long anchorNanos = System.nanoTime();
        private final long anchorMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());

        long micros(long nanoTime) {
            return anchorMicros + (nanoTime - anchorNanos) / 1000;
        }
    }

    private static void inWindow(Map<Integer, List<Long>> byWindow, int window, long nanos) {
        byWindow.computeIfAbsent(window, w -> java.util.Collections.synchronizedList(new ArrayList<>())).add(nanos);
    }

    private static Map<String, Object> percentiles(String name, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(name + "P50Ms", ms(sorted, 0.50));
        result.put(name + "P99Ms", ms(sorted, 0.99));
        result.put(name + "MaxMs", sorted.length == 0 ? null : Math.round(sorted[sorted.length - 1] / 1e6));
        return result;
    }

    private static Long ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return null;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return Math.round(sorted[Math.max(0, index)] / 1e6);
    }
}
