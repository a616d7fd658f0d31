package org.lfpl.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The MongoDB and Kafka that integration tests run against, started once per test JVM.
 *
 * <p>One test code path, two providers: with a Docker engine the tests get real containers
 * (MongoDB as a replica set, Apache Kafka); without one they get in-process servers that speak
 * the same protocols (mongo-java-server, an embedded KRaft broker). {@code LFPL_TEST_INFRA=local}
 * or {@code =containers} forces the choice. The choice is printed so a test report says which ran.
 */
public final class PlatformInfrastructure {

    /** What was started: its name for the report, and where to reach it. */
    public interface Provider {
        String description();

        String mongoUri();

        String kafkaBootstrapServers();
    }

    private static volatile Provider provider;

    private PlatformInfrastructure() {}

    public static Provider get() {
        Provider current = provider;
        if (current == null) {
            synchronized (PlatformInfrastructure.class) {
                current = provider;
                if (current == null) {
                    current = start();
                    provider = current;
                    System.out.println("[test-infrastructure] " + current.description());
                }
            }
        }
        return current;
    }

    private static Provider start() {
        String choice = System.getenv().getOrDefault("LFPL_TEST_INFRA", "auto").toLowerCase(Locale.ROOT);
        boolean containers = switch (choice) {
            case "containers" -> true;
            case "local" -> false;
            default -> dockerAvailable();
        };
        return containers ? new Containers() : new LocalServers();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** In-process servers: no Docker needed. */
    static final class LocalServers implements Provider {
        private final MongoServer mongo = new MongoServer(new MemoryBackend());
        private final EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        private final String mongoUri;

        LocalServers() {
            mongo.bind("127.0.0.1", 0);
            InetSocketAddress address = mongo.getLocalAddress();
            mongoUri = "mongodb://127.0.0.1:" + address.getPort();
            kafka.brokerProperty("auto.create.topics.enable", "true");
            kafka.afterPropertiesSet();
            // Spring Boot runs its shutdown handlers after it has closed every application context: the
            // tests' consumers, producers and Mongo clients leave while the servers are still there.
            // A JVM shutdown hook would run alongside the contexts' closing, and a producer whose broker
            // has gone waits out its close timeout (30 s) before the test JVM may exit.
            SpringApplication.getShutdownHandlers().add(() -> {
                kafka.destroy();
                mongo.shutdownNow();
            });
        }

        @Override
        public String description() {
            return "local: mongo-java-server (in memory) at " + mongoUri + ", embedded KRaft Kafka at "
                    + kafka.getBrokersAsString() + " (no Docker engine found or LFPL_TEST_INFRA=local)";
        }

        @Override
        public String mongoUri() {
            return mongoUri;
        }

        @Override
        public String kafkaBootstrapServers() {
            return kafka.getBrokersAsString();
        }
    }

    /** Real images through Testcontainers. */
    static final class Containers implements Provider {
        private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        private final KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.1");

        Containers() {
            mongo.start();
            kafka.start();
        }

        @Override
        public String description() {
            return "containers: MongoDB 8.0 replica set, Apache Kafka 4.1 (Testcontainers)";
        }

        @Override
        public String mongoUri() {
            // getReplicaSetUrl() names a database; callers append their own, so strip it.
            String url = mongo.getReplicaSetUrl();
            int slash = url.indexOf('/', "mongodb://".length());
            return slash < 0 ? url : url.substring(0, slash);
        }

        @Override
        public String kafkaBootstrapServers() {
            return kafka.getBootstrapServers();
        }
    }
}
