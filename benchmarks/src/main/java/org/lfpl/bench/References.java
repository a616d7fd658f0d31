package org.lfpl.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;

/**
 * Reference measurements for the benchmarks' figures, taken in the same run on the same machine, so
 * the report can state ratios that still mean something when the machine is busy: what the
 * platform's own infrastructure does when nothing of the platform's code is in the way.
 *
 * <ul>
 *   <li><b>kafka</b>: a raw produce-to-consume round trip on the platform's broker, on a topic of its
 *       own ({@code lfpl.bench.reference}, one partition). The producer is configured as the services'
 *       (acks=all, idempotent, linger.ms=0); the consumer is assigned the partition directly (no group,
 *       no rebalance). Each of 1,000 records (after 100 not counted) is sent only when the previous one
 *       has been consumed; its time runs from send to its arrival in the consumer. This is the floor
 *       under the notification benchmark, whose every save crosses Kafka once.
 *   <li><b>mongo</b>: raw inserts with the MongoDB Java driver into the platform's MongoDB (the URI
 *       ./lfpl gives the services), in a database of its own ({@code lfpl_bench}, dropped before and
 *       after): 2,000 one-at-a-time inserts of a registration-sized document (after 200 not counted),
 *       timed each, then 16 threads inserting 250 each for the concurrent rate. The floor under the
 *       registration burst, whose every registration makes several MongoDB round trips.
 *   <li><b>file</b>: a 100 MB file of pseudo-random bytes written to a temporary directory and copied
 *       there, each forced to disk: MB/s of both. The local ceiling for the artefact transfer, whose
 *       bytes go over loopback into a store on the same disk.
 * </ul>
 *
 * The direct call, the reference of the gateway benchmark, is measured by {@link GatewayOverhead}
 * itself. A part that cannot run (its server unreachable) is recorded with its error; the others
 * still run. Writes {@code references.json}.
 *
 * <p>Usage: {@code References [output-dir] [kafka] [mongo] [file]} (all three when none is named);
 * system properties lfpl.kafka (default localhost:9092), lfpl.mongo (default mongodb://127.0.0.1:27017)
 * and lfpl.tmp (where the file is written; default the JVM's temporary directory).
 */
public final class References {

    static final String TOPIC = "lfpl.bench.reference";
    static final String DATABASE = "lfpl_bench";

    private static final int KAFKA_WARM_UP = 100;
    private static final int KAFKA_ROUND_TRIPS = 1_000;
    private static final int MONGO_WARM_UP = 200;
    private static final int MONGO_INSERTS = 2_000;
    private static final int MONGO_THREADS = 16;
    private static final int MONGO_INSERTS_PER_THREAD = 250;
    private static final int FILE_MEGABYTES = 100;

    private References() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("slf4j.internal.verbosity", "ERROR"); // no logging provider here: say nothing about it
        Path output = Path.of(args.length > 0 ? args[0] : ".lfpl/bench");
        List<String> parts = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("kafka", "mongo", "file");
        String bootstrap = System.getProperty("lfpl.kafka", "localhost:9092");
        String mongoUri = System.getProperty("lfpl.mongo", "mongodb://127.0.0.1:27017");
        Path tmp = Path.of(System.getProperty("lfpl.tmp", System.getProperty("java.io.tmpdir")));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("measuredAt", Instant.now().toString());
        result.put("cpus", Runtime.getRuntime().availableProcessors());
        result.put("loadAverageAtStart", loadAverage());
        for (String part : parts) {
            long t0 = System.nanoTime();
            Map<String, Object> figures;
            try {
                figures = switch (part) {
                    case "kafka" -> kafka(bootstrap);
                    case "mongo" -> mongo(mongoUri);
                    case "file" -> fileCopy(tmp);
                    default -> throw new IllegalArgumentException("unknown part '" + part + "' (kafka, mongo, file)");
                };
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (Exception e) {
                figures = new LinkedHashMap<>();
                figures.put("error", e.getClass().getSimpleName() + ": "
                        + (e.getMessage() == null ? "no answer within the time allowed" : e.getMessage()));
            }
            figures.put("tookSeconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
            result.put(part.equals("file") ? "fileCopy" : part, figures);
            System.out.printf("%-6s %s%n", part, figures);
        }
        result.put("loadAverageAtEnd", loadAverage());
        Files.createDirectories(output);
        Files.writeString(output.resolve("references.json"),
                Platform.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    }

    /** Sequential round trips: send one record, wait until the consumer has it, send the next. */
    static Map<String, Object> kafka(String bootstrap) throws Exception {
        Properties common = new Properties();
        common.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        common.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        common.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        try (Admin admin = Admin.create(common)) {
            try {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(15, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }

        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // as the services read
        consumerProps.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500);
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());

        TopicPartition partition = new TopicPartition(TOPIC, 0);
        byte[] payload = new byte[512]; // about the size of one of the platform's CloudEvents
        Arrays.fill(payload, (byte) 'x');
        long[] nanos = new long[KAFKA_ROUND_TRIPS];
        int timedOut = 0;
        long start;
        long elapsed;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps);
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps)) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition, Duration.ofSeconds(15)); // resolves the end before the first send
            start = System.nanoTime();
            for (int i = -KAFKA_WARM_UP; i < KAFKA_ROUND_TRIPS; i++) {
                byte[] key = UUID.randomUUID().toString().getBytes();
                long t0 = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, 0, key, payload));
                boolean arrived = false;
                long deadline = t0 + Duration.ofSeconds(10).toNanos();
                while (!arrived && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        if (Arrays.equals(record.key(), key)) {
                            arrived = true;
                        }
                    }
                }
                long took = System.nanoTime() - t0;
                if (i == -1) {
                    start = System.nanoTime();
                }
                if (i >= 0) {
                    if (arrived) {
                        nanos[i] = took;
                    } else {
                        nanos[i] = Long.MAX_VALUE;
                        timedOut++;
                    }
                }
            }
            elapsed = System.nanoTime() - start;
        }
        long[] arrived = Arrays.stream(nanos).filter(n -> n != Long.MAX_VALUE).sorted().toArray();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("bootstrap", bootstrap);
        figures.put("topic", TOPIC);
        figures.put("roundTrips", KAFKA_ROUND_TRIPS);
        figures.put("warmUpNotCounted", KAFKA_WARM_UP);
        figures.put("payloadBytes", payload.length);
        figures.put("producer", "acks=all, idempotent, linger.ms=0 (as the services)");
        figures.put("timedOut", timedOut);
        figures.putAll(percentiles(arrived));
        figures.put("roundTripsPerSecond", round(KAFKA_ROUND_TRIPS / (elapsed / 1e9), 10));
        return figures;
    }

    /** One-at-a-time inserts, each timed, then a concurrent rate from several threads. */
    static Map<String, Object> mongo(String uri) throws Exception {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(10, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS))
                .build();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("uri", redacted(uri));
        figures.put("database", DATABASE);
        try (MongoClient client = MongoClients.create(settings)) {
            client.getDatabase(DATABASE).drop();
            MongoCollection<Document> sequential = client.getDatabase(DATABASE).getCollection("sequential");
            long[] nanos = new long[MONGO_INSERTS];
            long start = System.nanoTime();
            for (int i = -MONGO_WARM_UP; i < MONGO_INSERTS; i++) {
                Document doc = registrationLike(i);
                long t0 = System.nanoTime();
                sequential.insertOne(doc);
                long took = System.nanoTime() - t0;
                if (i == -1) {
                    start = System.nanoTime();
                }
                if (i >= 0) {
                    nanos[i] = took;
                }
            }
            long elapsed = System.nanoTime() - start;
            Arrays.sort(nanos);
            figures.put("inserts", MONGO_INSERTS);
            figures.put("warmUpNotCounted", MONGO_WARM_UP);
            figures.put("documentBytes", registrationLike(0).toJson().length());
            figures.put("insertsPerSecond", round(MONGO_INSERTS / (elapsed / 1e9), 10));
            figures.putAll(percentiles(nanos));

            MongoCollection<Document> concurrent = client.getDatabase(DATABASE).getCollection("concurrent");
            List<Future<?>> writers = new ArrayList<>();
            long cStart = System.nanoTime();
            try (ExecutorService threads = Executors.newFixedThreadPool(MONGO_THREADS)) {
                for (int t = 0; t < MONGO_THREADS; t++) {
                    int thread = t;
                    writers.add(threads.submit(() -> {
                        for (int i = 0; i < MONGO_INSERTS_PER_THREAD; i++) {
                            concurrent.insertOne(registrationLike(thread * MONGO_INSERTS_PER_THREAD + i));
                        }
                        return null;
                    }));
                }
                for (Future<?> writer : writers) {
                    writer.get();
                }
            }
            long cElapsed = System.nanoTime() - cStart;
            int total = MONGO_THREADS * MONGO_INSERTS_PER_THREAD;
            Map<String, Object> concurrentFigures = new LinkedHashMap<>();
            concurrentFigures.put("threads", MONGO_THREADS);
            concurrentFigures.put("inserts", total);
            concurrentFigures.put("insertsPerSecond", round(total / (cElapsed / 1e9), 10));
            figures.put("concurrent", concurrentFigures);
            client.getDatabase(DATABASE).drop();
        }
        return figures;
    }

    /** A document shaped like a registration: ids, a member, strands, a state, timestamps (about 350 bytes). */
    private static Document registrationLike(int i) {
        return new Document("_id", UUID.randomUUID().toString())
                .append("symposiumId", "bench-reference-symposium")
                .append("memberId", "bench-member-" + i)
                .append("number", i)
                .append("state", i % 20 == 0 ? "CONFIRMED" : "WAITLISTED")
                .append("strands", List.of("strand-1", "strand-2"))
                .append("registeredAt", java.util.Date.from(Instant.now()))
                .append("version", 0L)
                .append("note", "x".repeat(120));
    }

    /** Writes a file of pseudo-random bytes and copies it, each forced to disk; MB/s (10^6 bytes) of both. */
    static Map<String, Object> fileCopy(Path parent) throws IOException {
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, "lfpl-bench-copy-");
        long size = FILE_MEGABYTES * 1_000_000L;
        try {
            Path source = dir.resolve("source.bin");
            Path copy = dir.resolve("copy.bin");
            // 8 MiB of pseudo-random bytes made before the clock starts, written over and over: the write
            // times the disk, not the generator.
            byte[] block = new byte[8 << 20];
            long state = 0x9E3779B97F4A7C15L;
            for (int i = 0; i < block.length; i += 8) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                for (int b = 0; b < 8; b++) {
                    block[i + b] = (byte) (state >>> (b * 8));
                }
            }
            long t0 = System.nanoTime();
            try (FileChannel out = FileChannel.open(source, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (long written = 0; written < size; ) {
                    ByteBuffer buffer = ByteBuffer.wrap(block, 0, (int) Math.min(block.length, size - written));
                    while (buffer.hasRemaining()) {
                        written += out.write(buffer);
                    }
                }
                out.force(true);
            }
            double writeSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                    FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (long copied = 0; copied < size; ) {
                    copied += in.transferTo(copied, size - copied, out);
                }
                out.force(true);
            }
            double copySeconds = (System.nanoTime() - t1) / 1e9;
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("megabytes", FILE_MEGABYTES);
            figures.put("directory", parent.toAbsolutePath().toString());
            figures.put("writeMBps", round(FILE_MEGABYTES / writeSeconds, 10));
            figures.put("copyMBps", round(FILE_MEGABYTES / copySeconds, 10));
            figures.put("note", "written and copied on one filesystem, each forced to disk (fsync); the page cache may hold the source");
            return figures;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Map<String, Object> percentiles(long[] sortedNanos) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("p50Ms", ms(sortedNanos, 0.50));
        figures.put("p90Ms", ms(sortedNanos, 0.90));
        figures.put("p99Ms", ms(sortedNanos, 0.99));
        figures.put("maxMs", ms(sortedNanos, 1.0));
        return figures;
    }

    /** The quantile in milliseconds to 3 decimals (nearest rank); null when there is nothing. */
    static Double ms(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return null;
        }
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
        return round(sortedNanos[Math.max(0, index)] / 1e6, 1000);
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }

    /** The URI without a password, for the report. */
    static String redacted(String uri) {
        return uri.replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
    }

    /** The 1-minute load average from /proc/loadavg, or null off Linux. */
    static Double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
