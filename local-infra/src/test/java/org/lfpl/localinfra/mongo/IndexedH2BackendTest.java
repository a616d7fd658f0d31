package org.lfpl.localinfra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local wire server's secondary indexes give the same answers as reading every document would,
 * through inserts, updates that move a document to another key, deletes and a restart, and
 * countDocuments agrees with a count of the matching documents.
 */
class IndexedH2BackendTest {

    @TempDir
    Path dir;

    private static String start(MongoServer server) {
        server.bind("127.0.0.1", 0);
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @Test
    void queries_and_counts_on_an_indexed_key_match_the_documents_through_updates_deletes_and_a_restart() {
        String file = dir.resolve("lfpl.mv").toString();
        Map<String, List<Integer>> expected = new HashMap<>(); // recipient -> unread notification numbers
        IndexedH2Backend backend = new IndexedH2Backend(file);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(start(server))) {
            MongoCollection<Document> notifications = client.getDatabase("notification-service").getCollection("notifications");
            notifications.createIndex(Indexes.compoundIndex(Indexes.ascending("recipientId"), Indexes.descending("createdAt")));
            notifications.createIndex(Indexes.compoundIndex(Indexes.ascending("recipientId"), Indexes.ascending("seq")));
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                batch.add(new Document("_id", "n" + i).append("recipientId", "m" + (i % 6)).append("createdAt", i).append("seq", (long) i)
                        .append("readAt", null).append("tags", List.of("t" + (i % 2), "all")));
            }
            notifications.insertMany(batch);
            // Read some, move some to another recipient, delete some.
            notifications.updateMany(Filters.and(Filters.eq("recipientId", "m1"), Filters.lt("createdAt", 300)),
                    Updates.set("readAt", "2026-12-06T00:00:00Z"));
            notifications.updateMany(Filters.eq("recipientId", "m2"), Updates.set("recipientId", "m5"));
            notifications.deleteMany(Filters.and(Filters.eq("recipientId", "m3"), Filters.gte("createdAt", 300)));
            for (int i = 0; i < 600; i++) {
                String recipient = "m" + (i % 6);
                if (recipient.equals("m1") && i < 300 || recipient.equals("m3") && i >= 300) {
                    continue;
                }
                expected.computeIfAbsent(recipient.equals("m2") ? "m5" : recipient, r -> new ArrayList<>()).add(i);
            }
            assertAnswers(notifications, expected);
            assertThat(firstKeyIndex(backend).getCount()).as("entries in the index").isEqualTo(550);
            var afterSeq = new de.bwaldvogel.mongo.bson.Document("recipientId", "m0")
                    .append("seq", new de.bwaldvogel.mongo.bson.Document("$gt", 300L));
            assertThat(firstKeyIndex(backend).canHandle(afterSeq)).as("the index by date steps aside").isFalse();
            assertThat(firstKeyIndex(backend).canHandle(new de.bwaldvogel.mongo.bson.Document("recipientId", "m0")))
                    .as("but answers the recipient alone").isTrue();
        } finally {
            server.shutdown();
        }

        IndexedH2Backend reopened = new IndexedH2Backend(file);
        MongoServer again = new MongoServer(reopened);
        try (MongoClient client = MongoClients.create(start(again))) {
            MongoCollection<Document> notifications = client.getDatabase("notification-service").getCollection("notifications");
            assertAnswers(notifications, expected);
            assertThat(firstKeyIndex(reopened).getCount()).as("entries in the rebuilt index").isEqualTo(550);
        } finally {
            again.shutdown();
        }
    }

    @Test
    void hello_is_answered_as_the_health_check_expects() {
        MongoServer server = new MongoServer(new IndexedH2Backend(dir.resolve("hello.mv").toString()));
        try (MongoClient client = MongoClients.create(start(server))) {
            Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
            assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
        } finally {
            server.shutdown();
        }
    }

    private static void assertAnswers(MongoCollection<Document> notifications, Map<String, List<Integer>> expected) {
        for (String recipient : List.of("m0", "m1", "m2", "m3", "m4", "m5")) {
            List<Integer> unread = expected.getOrDefault(recipient, List.of());
            Bson byRecipient = Filters.eq("recipientId", recipient);
            List<Integer> found = notifications.find(Filters.and(byRecipient, Filters.eq("readAt", null)))
                    .map(d -> d.getInteger("createdAt")).into(new ArrayList<>());
            assertThat(found).as(recipient + "'s unread").containsExactlyInAnyOrderElementsOf(unread);
            assertThat(notifications.countDocuments(Filters.and(byRecipient, Filters.eq("readAt", null))))
                    .as(recipient + "'s unread count").isEqualTo(unread.size());
            assertThat(notifications.countDocuments(byRecipient, new com.mongodb.client.model.CountOptions().skip(10).limit(50)))
                    .as(recipient + "'s count with skip and limit")
                    .isEqualTo(Math.max(0, Math.min(50, notifications.find(byRecipient).into(new ArrayList<>()).size() - 10)));
        }
        for (String recipient : List.of("m0", "m1", "m3", "m5")) {
            // The same ranges asked so that no index can answer ({$and: [...]} reads every document).
            for (Bson range : List.of(Filters.gt("createdAt", 300), Filters.lte("createdAt", 120),
                    Filters.and(Filters.gte("createdAt", 100), Filters.lt("createdAt", 400)), Filters.gt("createdAt", "text"))) {
                List<Object> byIndex = notifications.find(new Document("recipientId", recipient)
                        .append("createdAt", range.toBsonDocument().get("createdAt"))).map(d -> d.get("_id")).into(new ArrayList<>());
                List<Object> byScan = notifications.find(new Document("$and", List.of(new Document("recipientId", recipient),
                        new Document("createdAt", range.toBsonDocument().get("createdAt"))))).map(d -> d.get("_id")).into(new ArrayList<>());
                assertThat(byIndex).as(recipient + " " + range).containsExactlyInAnyOrderElementsOf(byScan);
            }
        }
        assertThat(notifications.countDocuments(Filters.and(Filters.eq("recipientId", "m0"), Filters.gt("seq", 300L))))
                .as("m0 after seq 300, through the index ordered by seq").isEqualTo(49);
        assertThat(notifications.countDocuments(Filters.and(Filters.eq("recipientId", "m0"), Filters.gt("createdAt", 300))))
                .as("m0 after 300: 306, 312 ... 594").isEqualTo(49);
        assertThat(notifications.countDocuments(Filters.exists("recipientId"))).as("600 less 50 deleted").isEqualTo(550);
        assertThat(notifications.countDocuments(Filters.eq("recipientId", "nobody"))).isZero();
        assertThat(notifications.countDocuments(Filters.or(Filters.and(Filters.eq("recipientId", "m0"), Filters.lt("createdAt", 60)),
                Filters.eq("recipientId", "m4")))).as("an $or over the indexed key")
                .isEqualTo(10 + expected.getOrDefault("m4", List.of()).size());
        assertThat(notifications.countDocuments(Filters.eq("tags", "t1"))).as("not indexed: read in full").isEqualTo(250);
    }

    @SuppressWarnings("unchecked")
    private static FirstKeyIndex firstKeyIndex(IndexedH2Backend backend) {
        var collection = (AbstractMongoCollection<Object>) backend.resolveDatabase("notification-service")
                .resolveCollection("notifications", true);
        return (FirstKeyIndex) collection.getIndexes().stream().filter(FirstKeyIndex.class::isInstance).findFirst()
                .orElseThrow(); // the first: recipientId, createdAt

    }
}
