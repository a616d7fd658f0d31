package org.lfpl.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One large artefact through the gateway: uploads a file (default 100 MB, an MP4 with
 * pseudo-random content) and downloads it three times, printing MB/s both ways and how far the
 * gateway's and artefact-service's resident memory rose above where it stood before (sampled
 * every 20 ms from /proc). Checks the downloaded bytes' SHA-256 against what was sent.
 *
 * <p>Usage: {@code ArtefactTransfer [megabytes] [gateway-pid] [artefact-service-pid] [output-dir]};
 * the platform must be up with a file limit above the size (see ./lfpl bench artefacts).
 */
public final class ArtefactTransfer {

    private ArtefactTransfer() {}

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long gatewayPid = args.length > 1 ? Long.parseLong(args[1]) : -1;
        long servicePid = args.length > 2 ? Long.parseLong(args[2]) : -1;
        Path output = Path.of(args.length > 3 ? args[3] : ".lfpl/bench");
        long size = megabytes * 1_000_000L;
        Platform platform = new Platform(System.getProperty("lfpl.gateway", "http://localhost:8080"),
                System.getProperty("lfpl.keycloak", "http://localhost:8180"));

        String organiser = platform.memberToken("organiser", "demo");
        String symposium = platform.publishedSymposium(organiser, 100);
        String strand = platform.json(platform.call("GET", platform.gateway + "/api/v1/symposia/" + symposium, organiser,
                null)).path("strands").get(0).path("id").asString();
        String artefact = describe(platform, organiser, symposium, strand);

        RssSampler rss = new RssSampler(gatewayPid, servicePid);
        rss.start();
        Thread.sleep(500);
        long[] before = rss.current();

        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        long t0 = System.nanoTime();
        HttpResponse<String> uploaded = platform.http.send(HttpRequest.newBuilder(URI.create(platform.gateway
                        + "/api/v1/artefacts/" + artefact + "/versions?fileName=benchmark.mp4"))
                .timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + organiser)
                .header("Content-Type", "video/mp4")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new Mp4Like(size, sent)), size)).build(), HttpResponse.BodyHandlers.ofString());
        double uploadSeconds = (System.nanoTime() - t0) / 1e9;
        if (uploaded.statusCode() != 201) {
            System.err.println("Upload refused: " + uploaded.statusCode() + " " + uploaded.body());
            System.err.println("Start the platform with LFPL_ARTEFACTS_MAX_FILE_SIZE=" + (megabytes * 2) + "MB if the size limit refused it.");
            System.exit(1); // exit code for ./lfpl: the benchmark could not run
        }
        long[] peakUpload = rss.peakSince(before);
        rss.reset();
        String expected = HexFormat.of().formatHex(sent.digest());

        // The first download is checked byte for byte (SHA-256); the three timed ones only count bytes,
        // so the client's hashing does not take CPU from the platform on a 2-core machine.
        if (!download(platform, organiser, artefact, MessageDigest.getInstance("SHA-256")).equals(expected)) {
            System.err.println("The downloaded file differs from the upload.");
            System.exit(1); // exit code for ./lfpl: the bytes came back wrong
        }
        List<Double> downloads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t1 = System.nanoTime();
            download(platform, organiser, artefact, null);
            downloads.add((System.nanoTime() - t1) / 1e9);
        }
        long[] peakDownload = rss.peakSince(before);
        rss.stop();

        double best = downloads.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double median = downloads.stream().sorted().toList().get(1);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("megabytes", megabytes);
        figures.put("uploadMBps", round(megabytes / uploadSeconds));
        figures.put("downloadMBpsMedian", round(megabytes / median));
        figures.put("downloadMBpsBest", round(megabytes / best));
        figures.put("gatewayRssBeforeMiB", before[0] / 1024);
        figures.put("gatewayRssGrowthUploadMiB", (peakUpload[0] - before[0]) / 1024);
        figures.put("gatewayRssGrowthDownloadMiB", (peakDownload[0] - before[0]) / 1024);
        figures.put("serviceRssBeforeMiB", before[1] / 1024);
        figures.put("serviceRssGrowthUploadMiB", (peakUpload[1] - before[1]) / 1024);
        figures.put("serviceRssGrowthDownloadMiB", (peakDownload[1] - before[1]) / 1024);
        figures.put("sha256", expected);
        figures.forEach((k, v) -> System.out.printf("%-30s %s%n", k, v));
        Files.createDirectories(output);
        Files.writeString(output.resolve("artefact-transfer.json"), Platform.JSON.writeValueAsString(figures));
    }

    /** Downloads the artefact's file; returns its SHA-256 when a digest is given, else the byte count. */
    private static String download(Platform platform, String token, String artefact, MessageDigest digest)
            throws IOException, InterruptedException {
        HttpResponse<InputStream> download = platform.http.send(HttpRequest.newBuilder(URI.create(platform.gateway
                        + "/api/v1/artefacts/" + artefact + "/file")).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long received = 0;
        try (InputStream in = download.body()) {
            byte[] buffer = new byte[256 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (digest != null) {
                    digest.update(buffer, 0, n);
                }
                received += n;
            }
        }
        return digest != null ? HexFormat.of().formatHex(digest.digest()) : String.valueOf(received);
    }

    /** Describes a file artefact; artefact-service learns of the new symposium from its event a moment later. */
    private static String describe(Platform platform, String organiser, String symposium, String strand)
            throws InterruptedException {
        Map<String, Object> details = Map.of("title", "Benchmark video", "strandIds", List.of(strand), "language", "en",
                "licence", "CC-BY-4.0", "visibility", "PARTICIPANTS", "safeguarding", Map.of("containsLearnersWork", false));
        for (int attempt = 0; attempt < 120; attempt++) {
            HttpResponse<String> created = platform.call("POST", platform.gateway + "/api/v1/artefacts", organiser,
                    Map.of("symposiumId", symposium, "kind", "FILE", "details", details));
            if (created.statusCode() == 201) {
                return platform.json(created).path("id").asString();
            }
            if (created.statusCode() != 422) {
                throw new IllegalStateException("Could not describe the artefact: " + created.body());
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("artefact-service did not learn of the symposium within a minute");
    }

    /** An MP4 header (ftyp isom) followed by xorshift noise: video-like, incompressible, made as it is read. */
    static final class Mp4Like extends InputStream {
        private static final byte[] FTYP = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
                'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
        private final long size;
        private final MessageDigest digest;
        private long position;
        private long state = 0x9E3779B97F4A7C15L;

        Mp4Like(long size, MessageDigest digest) {
            this.size = size;
            this.digest = digest;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                if (at < FTYP.length) {
                    buffer[offset + i] = FTYP[(int) at];
                } else {
                    if ((at & 7) == 0) {
                        state ^= state << 13;
                        state ^= state >>> 7;
                        state ^= state << 17;
                    }
                    buffer[offset + i] = (byte) (state >>> ((at & 7) * 8));
                }
            }
            digest.update(buffer, offset, n);
            position += n;
            return n;
        }
    }

    /** Resident set size (KiB) of two processes, sampled every 20 ms; the peak since a moment is kept. */
    static final class RssSampler {
        private final long[] pids;
        private final AtomicLong[] peak = {new AtomicLong(), new AtomicLong()};
        private final AtomicBoolean running = new AtomicBoolean(true);
        private Thread thread;

        RssSampler(long... pids) {
            this.pids = pids;
        }

        void start() {
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    long[] now = current();
                    for (int i = 0; i < pids.length; i++) {
                        peak[i].accumulateAndGet(now[i], Math::max);
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        long[] current() {
            long[] rss = new long[pids.length];
            for (int i = 0; i < pids.length; i++) {
                rss[i] = rssOf(pids[i]);
            }
            return rss;
        }

        void reset() {
            for (AtomicLong p : peak) {
                p.set(0);
            }
        }

        /** Peaks seen since the start or the last reset, never below the baseline. */
        long[] peakSince(long[] baseline) {
            return new long[] {Math.max(baseline[0], peak[0].get()), Math.max(baseline[1], peak[1].get())};
        }

        void stop() {
            running.set(false);
        }

        private static long rssOf(long pid) {
            if (pid <= 0) {
                return 0;
            }
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return 0;
            }
            return 0;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
