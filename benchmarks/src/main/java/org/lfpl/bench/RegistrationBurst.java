package org.lfpl.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * The registration rush: N members (default 2,000), each with a real Keycloak token, register at
 * the same moment through the gateway for a symposium with 100 seats. Prints registrations per
 * second, latency percentiles, the answers, and whether any seat was oversold.
 *
 * <p>Usage: {@code RegistrationBurst [members] [seats] [output-dir]}; the platform must be up.
 */
public final class RegistrationBurst {

    private RegistrationBurst() {}

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int seats = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path output = Path.of(args.length > 2 ? args[2] : ".lfpl/bench");
        Platform platform = new Platform(System.getProperty("lfpl.gateway", "http://localhost:8080"),
                System.getProperty("lfpl.keycloak", "http://localhost:8180"));

        long prepareStart = System.nanoTime();
        BenchMembers.ensure(platform, members);
        List<String> tokens = BenchMembers.tokens(platform, members);
        System.out.printf("prepared %d members with tokens in %.1f s%n", members, seconds(prepareStart));

        String organiser = platform.memberToken("organiser", "demo");
        String symposium = platform.publishedSymposium(organiser, seats);

        long[] latencies = new long[members];
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        long burstStart;
        long burstEnd;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < members; i++) {
                int member = i;
                calls.add(threads.submit(() -> {
                    start.await();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = platform.call("POST", platform.gateway + "/api/v1/symposia/" + symposium
                                + "/registrations", tokens.get(member), Map.of("strands", List.of("strand-1", "strand-2")))
                                .statusCode();
                    } catch (RuntimeException e) {
                        status = -1;
                    }
                    latencies[member] = System.nanoTime() - t0;
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            burstStart = System.nanoTime();
            start.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
            burstEnd = System.nanoTime();
        }

        JsonNode counts = platform.json(platform.call("GET", platform.gateway + "/api/v1/symposia/" + symposium
                + "/registrations/counts", organiser, null));
        long confirmed = counts.path("byState").path("CONFIRMED").asLong();
        long waitlisted = counts.path("byState").path("WAITLISTED").asLong();
        Arrays.sort(latencies);
        double wall = (burstEnd - burstStart) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("measuredAt", Instant.now().toString());
        result.put("members", members);
        result.put("seats", seats);
        result.put("wallSeconds", round(wall));
        result.put("registrationsPerSecond", round(members / wall));
        result.put("latencyMs", Map.of("p50", ms(latencies, 0.50), "p95", ms(latencies, 0.95), "p99", ms(latencies, 0.99),
                "max", ms(latencies, 1.0)));
        Map<String, Integer> answers = new TreeMap<>();
        statuses.forEach((status, n) -> answers.put(String.valueOf(status), n.get()));
        result.put("answers", answers);
        result.put("confirmed", confirmed);
        result.put("waitlisted", waitlisted);
        result.put("oversold", Math.max(0, confirmed - seats));
        result.put("targets", "registrationsPerSecond >= 300, p99 <= 500 ms, oversold == 0");

        String json = Platform.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        Files.createDirectories(output);
        Files.writeString(output.resolve("registration-burst.json"), json);
        System.out.println(json);
        System.out.printf("registration burst: %d members, %d seats: %.0f registrations/s, p50 %d ms, p99 %d ms, "
                        + "confirmed %d, waitlisted %d, oversold %d%n", members, seats, members / wall,
                ms(latencies, 0.50), ms(latencies, 0.99), confirmed, waitlisted, Math.max(0, confirmed - seats));
        System.exit(confirmed == seats && waitlisted == members - seats ? 0 : 1);
    }

    /** Tokens for every bench member, fetched a few at a time. */
    private static long ms(long[] sortedNanos, double quantile) {
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
        return Math.round(sortedNanos[Math.max(0, index)] / 1e6);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
