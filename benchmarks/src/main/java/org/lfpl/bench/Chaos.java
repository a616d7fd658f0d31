package org.lfpl.bench;

import java.net.URI;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.JsonNode;

/**
 * Faults under steady load. Benchmark members save their profiles at a steady rate through the
 * gateway (each save a write in registration-service whose member.updated event becomes one in-app
 * notification in notification-service) while the plan crashes and restarts the parts of the
 * platform through {@code ./lfpl kill|stop|start}. Afterwards it proves the platform's promises:
 * every acknowledged save became exactly one notification (none lost, none twice; a save whose
 * answer was lost may or may not have, but never twice), no record reached a dead-letter topic,
 * every consumer group's lag is back to zero within 60 s. Last, Keycloak is stopped: tokens already
 * issued keep working everywhere (keys are cached), no new token can be had, and after a restart
 * new ones can. Writes report.json and report.md; exits 1 when a promise is broken.
 *
 * <p>Usage: {@code Chaos full|reduced <path to lfpl> <output dir>}.
 */
public final class Chaos {

    record Fault(int atSecond, String what, List<List<String>> steps) {}

    record Plan(int rate, int seconds, int members, List<Fault> faults) {}

    static Plan plan(String name) {
        return switch (name) {
            case "reduced" -> new Plan(10, 75, 20, List.of(
                    fault(15, "kill -9 notification-service, restart it", "kill notification-service", "start notification-service"),
                    fault(45, "kill -9 the Kafka broker, restart it", "kill kafka", "start kafka")));
            default -> new Plan(20, 300, 50, List.of(
                    fault(20, "kill -9 the Kafka broker, restart it", "kill kafka", "start kafka"),
                    fault(60, "kill -9 registration-service, restart it", "kill registration-service", "start registration-service"),
                    fault(95, "kill -9 dialogue-service, restart it", "kill dialogue-service", "start dialogue-service"),
                    fault(125, "kill -9 artefact-service, restart it", "kill artefact-service", "start artefact-service"),
                    fault(155, "kill -9 notification-service, restart it", "kill notification-service", "start notification-service"),
                    fault(185, "kill -9 the gateway, restart it", "kill gateway", "start gateway"),
                    fault(210, "stop notification-service for a minute", "stop notification-service", "sleep 60", "start notification-service"),
                    fault(275, "restart MongoDB", "stop mongo", "start mongo")));
        };
    }

    private static Fault fault(int at, String what, String... steps) {
        return new Fault(at, what, java.util.Arrays.stream(steps).map(step -> List.of(step.split(" "))).toList());
    }

    public static void main(String[] args) throws Exception {
        Plan plan = plan(args.length > 0 ? args[0] : "full");
        Path lfpl = Path.of(args.length > 1 ? args[1] : "./lfpl");
        Path output = Path.of(args.length > 2 ? args[2] : ".lfpl/chaos");
        Platform platform = new Platform(System.getProperty("lfpl.gateway", "http://localhost:8080"),
                System.getProperty("lfpl.keycloak", "http://localhost:8180"));
        String kafka = System.getProperty("lfpl.kafka", "localhost:9092");
        BenchMembers.ensure(platform, plan.members());
        List<String> tokens = new ArrayList<>(BenchMembers.tokens(platform, plan.members()));
        Instant started = Instant.now();
        String run = "chaos-" + Long.toString(started.getEpochSecond(), 36);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        List<String> faultLog = java.util.Collections.synchronizedList(new ArrayList<>());
        System.out.printf("chaos %s: %d saves/s for %d s by %d members, %d faults%n", args.length > 0 ? args[0] : "full",
                plan.rate(), plan.seconds(), plan.members(), plan.faults().size());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            long start = System.nanoTime();
            List<java.util.concurrent.Future<?>> faults = new ArrayList<>();
            for (Fault fault : plan.faults()) {
                faults.add(threads.submit(() -> {
                    sleepUntil(start + Duration.ofSeconds(fault.atSecond()).toNanos());
                    long t0 = System.nanoTime();
                    for (List<String> step : fault.steps()) {
                        if (step.getFirst().equals("sleep")) {
                            Thread.sleep(Long.parseLong(step.get(1)) * 1000);
                        } else {
                            lfpl(lfpl, step);
                        }
                    }
                    String line = String.format("t=%3ds %s (%.0f s)", fault.atSecond(), fault.what(), (System.nanoTime() - t0) / 1e9);
                    faultLog.add(line);
                    System.out.println(line);
                    return null;
                }));
            }
            long interval = 1_000_000_000L / plan.rate();
            int total = plan.rate() * plan.seconds();
            for (int i = 0; i < total; i++) {
                sleepUntil(start + i * interval);
                if (i > 0 && i % (plan.rate() * 120) == 0) { // tokens live 5 minutes
                    tokens = new ArrayList<>(BenchMembers.tokens(platform, plan.members()));
                }
                String token = tokens.get(i % plan.members());
                String key = run + "-" + i;
                threads.submit(() -> {
                    try {
                        HttpResponse<String> saved = platform.call("PUT", platform.gateway + "/api/v1/members/me", token,
                                Map.of("displayName", key, "preferredLanguage", "en", "timeZone", "UTC",
                                        "listedInDirectory", false, "nameSharedWithPartners", false));
                        if (saved.statusCode() == 200) {
                            acknowledged.add(key);
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (RuntimeException unreachable) {
                        refused.incrementAndGet();
                    }
                    return null;
                });
            }
            for (java.util.concurrent.Future<?> fault : faults) {
                fault.get(); // a fault that could not be caused (or undone) ends the run: its result would mean nothing
            }
            threads.shutdown();
            threads.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        }
        System.out.printf("load done: %d saves acknowledged, %d refused or unanswered while parts were down%n",
                acknowledged.size(), refused.get());

        // Every acknowledged save becomes exactly one notification; wait for the platform to catch up.
        tokens = new ArrayList<>(BenchMembers.tokens(platform, plan.members()));
        Map<String, Integer> notified = Map.of();
        Instant settleDeadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(settleDeadline)) {
            notified = notifications(platform, tokens, run);
            if (notified.keySet().containsAll(acknowledged)) {
                break;
            }
            Thread.sleep(2000);
        }
        Map<String, Integer> seen = notified;
        List<String> lost = acknowledged.stream().filter(key -> !seen.containsKey(key)).sorted().toList();
        List<String> twice = seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        int extra = (int) seen.keySet().stream().filter(key -> !acknowledged.contains(key)).count();

        Map<String, Long> lag = ConsumerLag.within(kafka, Duration.ofSeconds(60));
        long deadLetters = deadLettersSince(kafka, started);
        Map<String, Object> keycloak = keycloakStopped(platform, lfpl, tokens.getFirst());

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("plan", args.length > 0 ? args[0] : "full");
        report.put("savesPerSecond", plan.rate());
        report.put("seconds", plan.seconds());
        report.put("members", plan.members());
        report.put("faults", faultLog);
        report.put("acknowledgedSaves", acknowledged.size());
        report.put("refusedOrUnanswered", refused.get());
        report.put("notifications", seen.values().stream().mapToInt(Integer::intValue).sum());
        report.put("lost", lost.size());
        report.put("notifiedTwice", twice.size());
        report.put("unacknowledgedButApplied", extra);
        report.put("deadLetters", deadLetters);
        report.put("consumerLagAfter60s", lag);
        report.put("keycloakStopped", keycloak);
        boolean lagZero = lag.values().stream().allMatch(value -> value == 0);
        boolean ok = lost.isEmpty() && twice.isEmpty() && deadLetters == 0 && lagZero
                && Boolean.TRUE.equals(keycloak.get("ok"));
        report.put("promisesKept", ok);
        if (!lost.isEmpty()) {
            report.put("lostSample", lost.subList(0, Math.min(10, lost.size())));
        }
        if (!twice.isEmpty()) {
            report.put("twiceSample", twice.subList(0, Math.min(10, twice.size())));
        }
        Files.createDirectories(output);
        Files.writeString(output.resolve("report.json"), Platform.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        StringBuilder markdown = new StringBuilder("# Chaos run (" + report.get("plan") + ")\n\n| | |\n|---|---|\n");
        report.forEach((key, value) -> markdown.append("| ").append(key).append(" | ").append(value).append(" |\n"));
        Files.writeString(output.resolve("report.md"), markdown);
        report.forEach((key, value) -> System.out.printf("%-26s %s%n", key, value));
        System.out.println(ok ? "All promises kept." : "A PROMISE WAS BROKEN (see above).");
        System.exit(ok ? 0 : 1); // the exit code ./lfpl chaos and ./lfpl test report
    }

    private static final Pattern SAVE_KEY = Pattern.compile("(chaos-[0-9a-z]+-\\d+)");

    /** How many notifications each save of this run produced, over every member's inbox. */
    private static Map<String, Integer> notifications(Platform platform, List<String> tokens, String run) {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        for (String token : tokens) {
            for (int page = 0; page < 1000; page++) {
                HttpResponse<String> inbox;
                try {
                    inbox = platform.call("GET", platform.gateway + "/api/v1/notifications?size=100&page=" + page, token, null);
                } catch (RuntimeException unreachable) {
                    break;
                }
                if (inbox.statusCode() != 200) {
                    break;
                }
                JsonNode items = platform.json(inbox);
                JsonNode list = items.isArray() ? items : items.path("notifications");
                if (list.isEmpty()) {
                    break;
                }
                for (JsonNode item : list) {
                    Matcher key = SAVE_KEY.matcher(item.toString());
                    if (key.find() && key.group(1).startsWith(run + "-")) {
                        counts.merge(key.group(1), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** Records that reached any dead-letter topic since the run began. */
    private static long deadLettersSince(String kafka, Instant since) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            List<String> topics = admin.listTopics().names().get().stream().filter(name -> name.endsWith(".dlt")).toList();
            Map<TopicPartition, OffsetSpec> atStart = new LinkedHashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            for (var description : admin.describeTopics(topics).allTopicNames().get().values()) {
                for (var partition : description.partitions()) {
                    TopicPartition where = new TopicPartition(description.name(), partition.partition());
                    atStart.put(where, OffsetSpec.forTimestamp(since.toEpochMilli()));
                    latest.put(where, OffsetSpec.latest());
                }
            }
            var from = admin.listOffsets(atStart).all().get();
            var to = admin.listOffsets(latest).all().get();
            long count = 0;
            for (TopicPartition partition : latest.keySet()) {
                long first = from.get(partition).offset(); // -1: no record at or after the start
                if (first >= 0) {
                    count += to.get(partition).offset() - first;
                }
            }
            return count;
        }
    }

    /**
     * Keycloak down: issued tokens keep working at every service, new ones cannot be had, a portal
     * sign-in is told so (503); then back.
     */
    private static Map<String, Object> keycloakStopped(Platform platform, Path lfpl, String token) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        lfpl(lfpl, List.of("stop", "keycloak"));
        try {
            Map<String, Integer> reads = new LinkedHashMap<>();
            for (String path : List.of("/api/v1/members/me", "/api/v1/symposia", "/api/v1/dialogues/hosting-rule?symposiumId=none",
                    "/api/v1/artefacts?size=1", "/api/v1/notifications?size=1")) {
                reads.put(path, platform.call("GET", platform.gateway + path, token, null).statusCode());
            }
            result.put("issuedTokenReads", reads);
            boolean newTokenRefused;
            try {
                platform.clientToken(BenchMembers.clientId(1), BenchMembers.SECRET);
                newTokenRefused = false;
            } catch (RuntimeException unreachable) {
                newTokenRefused = true;
            }
            result.put("newTokenRefused", newTokenRefused);
            HttpResponse<String> login = platform.http.send(HttpRequest.newBuilder(
                    URI.create(platform.gateway + "/oauth2/authorization/keycloak")).build(), HttpResponse.BodyHandlers.ofString());
            // A clear refusal (503 sign-in-unavailable), not a redirect to a Keycloak that cannot answer.
            result.put("portalSignInStart", login.statusCode());
            boolean readsOk = reads.entrySet().stream().allMatch(read -> read.getKey().contains("hosting-rule")
                    ? read.getValue() == 404 : read.getValue() == 200);
            result.put("ok", readsOk && newTokenRefused && login.statusCode() == 503);
        } finally {
            lfpl(lfpl, List.of("start", "keycloak"));
        }
        result.put("newTokenAfterRestart", platform.clientToken(BenchMembers.clientId(1), BenchMembers.SECRET) != null);
        return result;
    }

    private static void lfpl(Path lfpl, List<String> step) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(lfpl.toString());
        command.addAll(step);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("./lfpl " + String.join(" ", step) + " failed: " + out);
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
