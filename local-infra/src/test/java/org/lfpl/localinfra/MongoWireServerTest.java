package org.lfpl.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lfpl.localinfra.mongo.IndexedH2Backend;

/** ./lfpl up promises that local data survives a restart; this is that promise, kept by the H2 backend. */
class MongoWireServerTest {

    @TempDir
    Path dir;

    private static String start(MongoServer server) {
        server.bind("127.0.0.1", 0);
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @Test
    void data_written_before_a_restart_is_there_after_it() {
        String file = dir.resolve("lfpl.mv").toString();
        MongoServer first = new MongoServer(new IndexedH2Backend(file));
        try (MongoClient client = MongoClients.create(start(first))) {
            client.getDatabase("registration-service").getCollection("members")
                    .insertOne(new Document("_id", "m1").append("displayName", "Ada"));
        }
        first.shutdown();

        MongoServer second = new MongoServer(IndexedH2Backend.open(file)); // as the wire server opens it
        try (MongoClient client = MongoClients.create(start(second))) {
            Document member = client.getDatabase("registration-service").getCollection("members")
                    .find(new Document("_id", "m1")).first();
            assertThat(member).isNotNull();
            assertThat(member.getString("displayName")).isEqualTo("Ada");
        } finally {
            second.shutdown();
        }
    }
}
