package org.lfpl.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * What the gateway adds to a request: the same cheap read, GET /api/v1/symposia/{id} (one published
 * symposium from registration-service, about 1 KB), called directly at registration-service, which validates the bearer token
 * itself, and through the gateway, which validates it and relays it. Both get the same tokens, those
 * of N benchmark members (default 200) in turn, so no member nears the gateway's per-member rate
 * limit; any 429 is counted apart. After a warm-up (16 workers for 20 s, not reported), each target
 * gets an open loop at a fixed rate (default 300 requests/s for 20 s, in four alternating blocks per
 * target; request i is due at start + i/rate, is sent on its own virtual thread, and its latency
 * runs from when it was due to its response read in full, so a stall is not hidden by the requests
 * it held back), then saturation
 * (64 workers, each sending again as soon as it is answered, for as long, also in four alternating
 * blocks). The targets take turns in each phase, the order swapped for saturation, so neither gets
 * the warmer JVMs; each has its own
 * HTTP/1.1 client so connections are reused. Percentiles are of the 200 answers; anything else, a
 * failed request included, is a non-200. Prints a table and the added latency at p50 and p99 and the
 * throughput ratio against their targets, and writes .lfpl/bench/gateway-overhead.json.
 *
 * <p>Usage: {@code GatewayOverhead [rate-per-second] [seconds] [members] [output-dir]}; system
 * properties lfpl.gateway, lfpl.keycloak and lfpl.direct (registration-service) say where the
 * platform is. The platform must be up.
 */
public final class GatewayOverhead {

    private static final int WARM_UP_WORKERS = 16;
    private static final int SATURATION_WORKERS = 64;
    private static final Duration WARM_UP = Duration.ofSeconds(20); // the gateway's C2 needs this long on 2 busy cores
    private static final Duration PAUSE = Duration.ofSeconds(1);
    private static final int BLOCKS = 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private GatewayOverhead() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int members = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path output = Path.of(args.length > 3 ? args[3] : ".lfpl/bench");
        Platform platform = new Platform(System.getProperty("lfpl.gateway", "http://localhost:8080"),
                System.getProperty("lfpl.keycloak", "http://localhost:8180"));
        String directBase = System.getProperty("lfpl.direct", "http://localhost:8081");

        BenchMembers.ensure(platform, members);
        List<String> tokens = BenchMembers.tokens(platform, members);
        String path = "/api/v1/symposia/" + platform.publishedSymposium(platform.memberToken("organiser", "demo"), 100);
        ExecutorService clientThreads = Executors.newVirtualThreadPerTaskExecutor();
        Target direct = Target.of("direct", directBase + path, clientThreads);
        Target gateway = Target.of("gateway", platform.gateway + path, clientThreads);
        direct.probe(tokens.get(0));
        gateway.probe(tokens.get(0));

        System.out.printf("warming up: %d workers for %d s against each%n", WARM_UP_WORKERS, WARM_UP.toSeconds());
        closedLoop(direct, tokens, WARM_UP_WORKERS, WARM_UP);
        closedLoop(gateway, tokens, WARM_UP_WORKERS, WARM_UP);
        System.out.printf("fixed rate: %d requests/s for %d s against each%n", rate, seconds);
        // Both phases in alternating blocks (direct, gateway, direct...), so a noisy moment on the
        // machine (a compaction, a background job taking a core for a few seconds) falls on both
        // targets alike, not on one target's whole series.
        Turns fixed = inTurns(direct, gateway, seconds, (target, blockSeconds) -> fixedRate(target, tokens, rate, blockSeconds));
        Run directFixed = fixed.first();
        Run gatewayFixed = fixed.second();
        System.out.printf("saturation: %d workers for %d s against each%n", SATURATION_WORKERS, seconds);
        Turns saturated = inTurns(gateway, direct, seconds,
                (target, blockSeconds) -> closedLoop(target, tokens, SATURATION_WORKERS, Duration.ofSeconds(blockSeconds)));
        Run gatewaySaturated = saturated.first();
        Run directSaturated = saturated.second();

        Double addedP50 = minus(gatewayFixed.ms(0.50), directFixed.ms(0.50));
        Double addedP99 = minus(gatewayFixed.ms(0.99), directFixed.ms(0.99));
        Double ratio = directSaturated.perSecond() > 0
                ? round(100 * gatewaySaturated.perSecond() / directSaturated.perSecond(), 10) : null;
        boolean p50Met = addedP50 != null && addedP50 <= 2.0;
        boolean p99Met = addedP99 != null && addedP99 <= 10.0;
        boolean ratioMet = ratio != null && ratio >= 50.0;

        System.out.printf("%nGET /api/v1/symposia/{id} with %d members' tokens in turn%n", members);
        row("", "", "direct", "gateway");
        row("fixed " + rate + "/s", "p50 ms", fmt(directFixed.ms(0.50)), fmt(gatewayFixed.ms(0.50)));
        row("", "p90 ms", fmt(directFixed.ms(0.90)), fmt(gatewayFixed.ms(0.90)));
        row("", "p99 ms", fmt(directFixed.ms(0.99)), fmt(gatewayFixed.ms(0.99)));
        row("", "max ms", fmt(directFixed.ms(1.0)), fmt(gatewayFixed.ms(1.0)));
        row("", "requests", directFixed.requests(), gatewayFixed.requests());
        row("", "non-200 (429)", directFixed.errors(), gatewayFixed.errors());
        row("", "by status", directFixed.failures(), gatewayFixed.failures());
        row("saturation " + SATURATION_WORKERS, "requests/s", directSaturated.perSecond(),
                gatewaySaturated.perSecond());
        row("", "p50 ms", fmt(directSaturated.ms(0.50)), fmt(gatewaySaturated.ms(0.50)));
        row("", "p99 ms", fmt(directSaturated.ms(0.99)), fmt(gatewaySaturated.ms(0.99)));
        row("", "non-200 (429)", directSaturated.errors(), gatewaySaturated.errors());
        row("", "by status", directSaturated.failures(), gatewaySaturated.failures());
        System.out.println();
        verdict("added latency at p50", fmt(addedP50) + " ms", "<= 2 ms", p50Met);
        verdict("added latency at p99", fmt(addedP99) + " ms", "<= 10 ms", p99Met);
        verdict("saturation throughput gateway/direct", (ratio == null ? "-" : ratio) + " %", ">= 50 %", ratioMet);

        Map<String, Object> result = map("measuredAt", Instant.now().toString(), "endpoint", "GET /api/v1/symposia/{id}",
                "ratePerSecond", rate, "seconds", seconds, "members", members,
                "saturationWorkers", SATURATION_WORKERS,
                "direct", map("url", direct.uri().toString(), "fixedRate", directFixed.fixedFigures(),
                        "saturation", directSaturated.saturationFigures()),
                "gateway", map("url", gateway.uri().toString(), "fixedRate", gatewayFixed.fixedFigures(),
                        "saturation", gatewaySaturated.saturationFigures()),
                "addedP50Ms", addedP50, "addedP99Ms", addedP99, "throughputRatioPercent", ratio,
                "targets", "addedP50Ms <= 2, addedP99Ms <= 10, throughputRatioPercent >= 50",
                "met", map("addedP50", p50Met, "addedP99", p99Met, "throughputRatio", ratioMet));
        Files.createDirectories(output);
        Files.writeString(output.resolve("gateway-overhead.json"),
                Platform.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    }

    /** The two targets in turns, in {@link #BLOCKS} blocks each (fewer if seconds are fewer), the first one first. */
    static Turns inTurns(Target first, Target second, int seconds, Block block) throws InterruptedException {
        List<Outcome> firstOutcomes = new ArrayList<>();
        List<Outcome> secondOutcomes = new ArrayList<>();
        long firstNanos = 0;
        long secondNanos = 0;
        int blocks = Math.max(1, Math.min(BLOCKS, seconds));
        for (int i = 0; i < blocks; i++) {
            int blockSeconds = seconds / blocks + (i < seconds % blocks ? 1 : 0);
            Timed one = block.run(first, blockSeconds);
            Timed other = block.run(second, blockSeconds);
            firstOutcomes.addAll(one.outcomes());
            firstNanos += one.nanos();
            secondOutcomes.addAll(other.outcomes());
            secondNanos += other.nanos();
        }
        return new Turns(Run.of(firstOutcomes, firstNanos), Run.of(secondOutcomes, secondNanos));
    }

    /** One block of a phase against one target. */
    interface Block {
        Timed run(Target target, int seconds) throws InterruptedException;
    }

    /** The two targets' runs of one phase, in the order they were given. */
    record Turns(Run first, Run second) {}

    /** Open loop: request i is due at start + i/rate, whatever became of the ones before it. */
    static Timed fixedRate(Target target, List<String> tokens, int rate, int seconds) throws InterruptedException {
        Thread.sleep(PAUSE);
        int total = rate * seconds;
        List<Future<Outcome>> requests = new ArrayList<>(total);
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / rate;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                String token = tokens.get(i % tokens.size());
                requests.add(threads.submit(() -> new Outcome(target.status(token), System.nanoTime() - due)));
            }
        }
        return new Timed(requests.stream().map(Future::resultNow).toList(), System.nanoTime() - start);
    }

    /** Closed loop: each worker sends its next request as soon as its last is answered, until the time is up. */
    static Timed closedLoop(Target target, List<String> tokens, int workers, Duration length)
            throws InterruptedException {
        Thread.sleep(PAUSE);
        AtomicInteger next = new AtomicInteger();
        List<Future<List<Outcome>>> loops = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < workers; w++) {
                loops.add(threads.submit(() -> {
                    List<Outcome> outcomes = new ArrayList<>();
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        int status = target.status(tokens.get(Math.floorMod(next.getAndIncrement(), tokens.size())));
                        outcomes.add(new Outcome(status, System.nanoTime() - t0));
                    }
                    return outcomes;
                }));
            }
        }
        long elapsed = System.nanoTime() - start;
        return new Timed(loops.stream().flatMap(loop -> loop.resultNow().stream()).toList(), elapsed);
    }

    /** A block's answers and how long it ran (the pause before it not counted). */
    record Timed(List<Outcome> outcomes, long nanos) {}

    /** Where the symposium is read, with its own HTTP/1.1 client so connections are reused. */
    record Target(String name, URI uri, HttpClient http) {

        static Target of(String name, String url, Executor executor) {
            return new Target(name, URI.create(url), HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).executor(executor)
                    .build());
        }

        /** The status once the body has been read to its end (and discarded). */
        int send(String token) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        /** The status, or -1 when the request failed (refused, reset, timed out). */
        int status(String token) {
            try {
                return send(token);
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        /** Throws when the target cannot be reached at all; warns when it answers but not with 200. */
        void probe(String token) throws InterruptedException {
            try {
                int status = send(token);
                if (status != 200) {
                    System.err.printf("warning: %s answered %d to GET %s; such answers count as non-200%n", name,
                            status, uri);
                }
            } catch (IOException e) {
                throw new IllegalStateException(name + " (" + uri + ") is unreachable: " + e.getMessage(), e);
            }
        }
    }

    record Outcome(int status, long nanos) {}

    /** One run's 200 latencies (sorted nanoseconds), how many requests, how many not 200 and of those 429. */
    record Run(long[] sorted, int requests, int non200, int rateLimited, Map<Integer, Long> failures, long elapsedNanos) {

        static Run of(List<Outcome> outcomes, long elapsedNanos) {
            long[] sorted = outcomes.stream().filter(o -> o.status() == 200).mapToLong(Outcome::nanos).sorted()
                    .toArray();
            int rateLimited = (int) outcomes.stream().filter(o -> o.status() == 429).count();
            Map<Integer, Long> failures = new java.util.TreeMap<>(outcomes.stream().filter(o -> o.status() != 200)
                    .collect(java.util.stream.Collectors.groupingBy(Outcome::status, java.util.stream.Collectors.counting())));
            return new Run(sorted, outcomes.size(), outcomes.size() - sorted.length, rateLimited, failures, elapsedNanos);
        }

        /** The quantile in milliseconds to 2 decimals; null when nothing succeeded. */
        Double ms(double quantile) {
            if (sorted.length == 0) {
                return null;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
            return round(sorted[Math.max(0, index)] / 1e6, 100);
        }

        /** Successful responses a second. */
        double perSecond() {
            return round(sorted.length / (elapsedNanos / 1e9), 10);
        }

        String errors() {
            return non200 + " (" + rateLimited + ")";
        }

        Map<String, Object> fixedFigures() {
            return map("p50Ms", ms(0.50), "p90Ms", ms(0.90), "p99Ms", ms(0.99), "maxMs", ms(1.0),
                    "requests", requests, "non200", non200, "rateLimited429", rateLimited, "failuresByStatus", failures);
        }

        Map<String, Object> saturationFigures() {
            return map("requestsPerSecond", perSecond(), "p50Ms", ms(0.50), "p99Ms", ms(0.99),
                    "requests", requests, "non200", non200, "rateLimited429", rateLimited, "failuresByStatus", failures);
        }
    }

    /** An ordered map from alternating keys and values; values may be null (Map.of refuses them). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Double minus(Double a, Double b) {
        return a == null || b == null ? null : round(a - b, 100);
    }

    static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }

    static String fmt(Double ms) {
        return ms == null ? "-" : String.format("%.2f", ms);
    }

    private static void row(String phase, String figure, Object direct, Object gateway) {
        System.out.printf("%-16s %-14s %20s %20s%n", phase, figure, direct, gateway);
    }

    private static void verdict(String label, String value, String target, boolean met) {
        System.out.printf("%-38s %10s   target %-9s %s%n", label, value, target, met ? "met" : "NOT met");
    }
}
