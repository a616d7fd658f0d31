package org.lfpl.localinfra;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.lfpl.localinfra.mongo.IndexedH2Backend;

/**
 * A MongoDB wire-protocol server that keeps its data in one file, for running the platform where
 * no {@code mongod} can be installed. It is mongo-java-server with its H2 backend: single-document
 * writes are atomic, but there are no multi-document transactions, no {@code $text}, and TTL and
 * partial indexes do not behave as in MongoDB. Secondary indexes are kept for their first key
 * ({@link IndexedH2Backend}), so reads by member, symposium or recipient do not slow down as the
 * data grows. The platform is designed within those limits; use a real MongoDB ({@code MONGODB_URI})
 * wherever one can run.
 *
 * <p>Usage: {@code MongoWireServer <host> <port> <data-file>}
 */
public final class MongoWireServer {

    private MongoWireServer() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: MongoWireServer <host> <port> <data-file>");
            System.exit(2);
        }
        Path dataFile = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(dataFile.getParent());
        IndexedH2Backend backend = IndexedH2Backend.open(dataFile.toString());
        MongoServer server = new MongoServer(backend);
        server.bind(args[0], Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown(); // closes the H2 store cleanly, so the next start finds every write
            stopped.countDown();
        }, "mongo-wire-stop"));
        System.out.println("Mongo wire server listening on " + args[0] + ":" + args[1] + ", data in " + dataFile);
        stopped.await();
    }
}
