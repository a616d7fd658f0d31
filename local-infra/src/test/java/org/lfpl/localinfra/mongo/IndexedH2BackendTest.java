package org.lfpl.localinfra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
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
    void a_query_sorted_by_the_second_key_is_read_in_index_order_with_the_same_answer_as_a_full_read() {
        MongoServer server = new MongoServer(new IndexedH2Backend(dir.resolve("sorted.mv").toString()));
        try (MongoClient client = MongoClients.create(start(server))) {
            MongoCollection<Document> notifications = client.getDatabase("notification-service").getCollection("notifications");
            notifications.createIndex(Indexes.compoundIndex(Indexes.ascending("recipientId"), Indexes.descending("createdAt")));
            notifications.createIndex(Indexes.compoundIndex(Indexes.ascending("recipientId"), Indexes.ascending("seq")));
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                // Dates out of insertion order, some equal, every third one read.
                batch.add(new Document("_id", "n" + i).append("recipientId", "m" + (i % 3))
                        .append("createdAt", new java.util.Date(1_000_000L * ((i * 37) % 101)))
                        .append("readAt", i % 3 == 0 ? "2026-12-06T00:00:00Z" : null).append("title", "t" + i)
                        .append("seq", (long) (i * 7 % 100)));
            }
            batch.add(new Document("_id", "undated").append("recipientId", "m9").append("title", "no date"));
            batch.add(new Document("_id", "dated").append("recipientId", "m9").append("createdAt", new java.util.Date(5)));
            notifications.insertMany(batch);
            assertEverySortAsByScan(notifications);
            // Documents that share a date or a number leave and move (the index keeps shared values apart).
            notifications.deleteMany(Filters.and(Filters.eq("recipientId", "m1"), Filters.lt("seq", 30L)));
            notifications.updateMany(Filters.and(Filters.eq("recipientId", "m0"), Filters.gte("seq", 50L)),
                    Updates.set("recipientId", "m2"));
            notifications.updateMany(Filters.eq("recipientId", "m2"), Updates.inc("seq", 1L));
            assertEverySortAsByScan(notifications);
            assertThat(notifications.find(Filters.eq("recipientId", "m9")).sort(new Document("createdAt", 1))
                    .map(d -> d.get("_id")).into(new ArrayList<>())).as("a document without the key sorts first, as in MongoDB")
                    .containsExactly("undated", "dated");
        } finally {
            server.shutdown();
        }
    }

    @Test
    void a_files_chunks_come_in_order_through_the_unique_index_on_its_first_key_also_after_a_restart() {
        String file = dir.resolve("chunks.mv").toString();
        for (int run = 0; run < 2; run++) {
            IndexedH2Backend backend = new IndexedH2Backend(file);
            MongoServer server = new MongoServer(backend);
            try (MongoClient client = MongoClients.create(start(server))) {
                MongoCollection<Document> chunks = client.getDatabase("artefact-service").getCollection("files.chunks");
                if (run == 0) {
                    chunks.createIndex(Indexes.ascending("files_id", "n"), new com.mongodb.client.model.IndexOptions().unique(true));
                    List<Document> batch = new ArrayList<>();
                    for (int n = 39; n >= 0; n--) { // stored out of order, files interleaved
                        for (String fileId : List.of("a", "b", "c")) {
                            batch.add(new Document("files_id", fileId).append("n", n).append("data", fileId + n));
                        }
                    }
                    chunks.insertMany(batch);
                    chunks.deleteMany(Filters.eq("files_id", "c"));
                }
                // GridFS's read: the file's chunks from a chunk on, sorted by n.
                // GridFS's own filter is flat: {files_id: ..., n: {$gte: ...}}.
                List<Object> read = chunks.find(new Document("files_id", "b").append("n", new Document("$gte", 5)))
                        .sort(new Document("n", 1)).batchSize(4).map(d -> d.get("data")).into(new ArrayList<>());
                List<Object> expected = new ArrayList<>();
                for (int n = 5; n < 40; n++) {
                    expected.add("b" + n);
                }
                assertThat(read).as("run " + run).containsExactlyElementsOf(expected);
                // Read batch by batch: a chunk deleted after the first batch is not returned.
                var cursor = chunks.find(new Document("files_id", "a").append("n", new Document("$gte", 0)))
                        .sort(new Document("n", -1)).batchSize(4).cursor();
                List<Object> readWhileDeleting = new ArrayList<>();
                readWhileDeleting.add(cursor.next().get("n"));
                chunks.deleteOne(Filters.and(Filters.eq("files_id", "a"), Filters.eq("n", 20)));
                cursor.forEachRemaining(d -> readWhileDeleting.add(d.get("n")));
                assertThat(readWhileDeleting).as("run " + run).hasSize(39).doesNotContain(20).startsWith(39, 38, 37, 36, 35)
                        .endsWith(2, 1, 0);
                chunks.insertOne(new Document("files_id", "a").append("n", 20).append("data", "a20"));
                assertThat(chunks.countDocuments(Filters.eq("files_id", "c"))).as("a deleted file's chunks").isZero();
                assertThat(chunks.countDocuments(Filters.eq("files_id", "a"))).as("another file's chunks").isEqualTo(40);
                assertThatThrownBy(() -> chunks.insertOne(new Document("files_id", "a").append("n", 3)))
                        .as("still unique, run " + run).isInstanceOf(com.mongodb.MongoWriteException.class);
                @SuppressWarnings("unchecked")
                var collection = (AbstractMongoCollection<Object>) backend.resolveDatabase("artefact-service")
                        .resolveCollection("files.chunks", true);
                assertThat(collection.getIndexes()).as("run " + run).anySatisfy(index -> assertThat(index)
                        .isInstanceOfSatisfying(UniqueIndexWithPrefix.class, unique -> assertThat(unique.prefix().getCount())
                                .as("chunks in the first-key index").isEqualTo(80)));
            } finally {
                server.shutdown();
            }
        }
    }

    @Test
    void a_dotted_key_answers_exists_with_the_documents_that_have_something_there() {
        IndexedH2Backend backend = new IndexedH2Backend(dir.resolve("outbox.mv").toString());
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(start(server))) {
            MongoCollection<Document> members = client.getDatabase("registration-service").getCollection("members");
            members.createIndex(Indexes.ascending("outbox.0.eventId"));
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Object outbox = switch (i % 5) {
                    case 0 -> List.of(new Document("eventId", "e" + i));
                    case 1 -> List.of();
                    case 2 -> null;
                    case 3 -> List.of(new Document("other", i)); // something there, but no eventId
                    default -> "not an array";
                };
                Document member = new Document("_id", "m" + i);
                if (i % 10 != 4) {
                    member.append("outbox", outbox);
                }
                batch.add(member);
            }
            members.insertMany(batch);
            members.updateMany(Filters.in("_id", "m0", "m5"), Updates.set("outbox", List.of())); // relayed
            members.updateOne(Filters.eq("_id", "m1"), Updates.set("outbox", List.of(new Document("eventId", "late"))));
            Bson waiting = Filters.exists("outbox.0.eventId");
            List<Object> byIndex = members.find(waiting).map(d -> d.get("_id")).into(new ArrayList<>());
            List<Object> byScan = members.find(new Document("$and", List.of(waiting))).map(d -> d.get("_id"))
                    .into(new ArrayList<>()); // no index answers an $and: read in full
            assertThat(byIndex).hasSize(39).contains("m1").doesNotContain("m0", "m5").containsExactlyInAnyOrderElementsOf(byScan);
            FirstKeyIndex index = firstKeyIndex(backend, "registration-service", "members");
            assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("outbox.0.eventId",
                    new de.bwaldvogel.mongo.bson.Document("$exists", true)))).as("the sweep uses the index").isTrue();
            assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("outbox.0.eventId", "e10")))
                    .as("equality on a dotted key reads in full").isFalse();
            assertThat(index.getCount()).as("documents with something in outbox: 80 arrays of one, 20 strings, less two relayed, plus one")
                    .isEqualTo(99);
        } finally {
            server.shutdown();
        }
    }

    @Test
    void equality_on_both_keys_reads_that_group_and_counts_from_the_index_alone_as_a_full_read_would() {
        String file = dir.resolve("registrations.mv").toString();
        IndexedH2Backend backend = new IndexedH2Backend(file);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(start(server))) {
            MongoCollection<Document> registrations = client.getDatabase("registration-service").getCollection("registrations");
            registrations.createIndex(Indexes.ascending("symposiumId", "state", "waitlistNumber"));
            List<Document> batch = new ArrayList<>();
            String[] states = {"CONFIRMED", "WAITLISTED", "WAITLISTED", "CANCELLED"};
            for (int i = 0; i < 400; i++) {
                batch.add(new Document("_id", "r" + i).append("symposiumId", "s" + (i % 4)).append("state", states[i % 4 == 3 ? i % 3 : i % 4])
                        .append("waitlistNumber", (long) i));
            }
            // Only in s3: a state in other shapes (an array holding it, a number, true, none), which only the documents can tell.
            batch.add(new Document("_id", "array").append("symposiumId", "s3").append("state", List.of("WAITLISTED", "OFFERED")));
            batch.add(new Document("_id", "number").append("symposiumId", "s3").append("state", 7));
            batch.add(new Document("_id", "true").append("symposiumId", "s3").append("state", true));
            batch.add(new Document("_id", "none").append("symposiumId", "s3"));
            // In s1 and s2: no state and a null state, which equality with null matches (an unread notification's readAt).
            batch.add(new Document("_id", "no-state").append("symposiumId", "s1"));
            batch.add(new Document("_id", "null-state").append("symposiumId", "s2").append("state", null));
            batch.add(new Document("_id", "null-state-2").append("symposiumId", "s2").append("state", null));
            registrations.insertMany(batch);
            assertCountsAsByScan(registrations);
            // Offers to some of the line, cancellations, a move to another symposium, deletes.
            registrations.updateMany(Filters.and(Filters.eq("symposiumId", "s1"), Filters.lt("waitlistNumber", 100L)),
                    Updates.set("state", "OFFERED"));
            registrations.updateMany(Filters.in("_id", "r2", "r6", "r10"), Updates.set("state", "CANCELLED"));
            registrations.updateMany(Filters.in("_id", "r5", "r9"), Updates.set("symposiumId", "s2"));
            registrations.deleteMany(Filters.and(Filters.eq("symposiumId", "s0"), Filters.gte("waitlistNumber", 200L)));
            assertCountsAsByScan(registrations);
            assertThat(registrations.countDocuments(new Document("symposiumId", "s1").append("state", "OFFERED")))
                    .as("offered in s1: 25 of the first 100, less r5 and r9 moved to s2").isEqualTo(23);
            FirstKeyIndex index = firstKeyIndex(backend, "registration-service", "registrations");
            assertThat(index.exactCount(new de.bwaldvogel.mongo.bson.Document("symposiumId", "s1").append("state", "WAITLISTED")))
                    .as("counted from the index alone").isEqualTo(registrations.countDocuments(
                            new Document("$and", List.of(Filters.eq("symposiumId", "s1"), Filters.eq("state", "WAITLISTED")))));
            assertThat(index.exactCount(new de.bwaldvogel.mongo.bson.Document("symposiumId", "s3").append("state", "WAITLISTED")))
                    .as("an array there: the documents decide").isNull();
            registrations.updateOne(Filters.eq("_id", "null-state-2"), Updates.set("state", "CONFIRMED"));
            assertThat(index.exactCount(new de.bwaldvogel.mongo.bson.Document("symposiumId", "s2").append("state", null)))
                    .as("missing or null, counted from the index alone").isEqualTo(1L)
                    .isEqualTo(registrations.countDocuments(new Document("$and", List.of(Filters.eq("symposiumId", "s2"),
                            Filters.eq("state", null)))));
            assertThat(index.exactCount(new de.bwaldvogel.mongo.bson.Document("symposiumId", "s2").append("waitlistNumber", null)))
                    .as("null asked of a key that is not the index's second").isNull();
            assertThat(index.exactCount(new de.bwaldvogel.mongo.bson.Document("symposiumId", "s1").append("state",
                    new de.bwaldvogel.mongo.bson.Document("$ne", "CANCELLED")))).as("not an equality").isNull();
        } finally {
            server.shutdown();
        }
        MongoServer again = new MongoServer(new IndexedH2Backend(file));
        try (MongoClient client = MongoClients.create(start(again))) {
            assertCountsAsByScan(client.getDatabase("registration-service").getCollection("registrations"));
        } finally {
            again.shutdown();
        }
    }

    /** Every symposium and state (and none), counted and found through the index and by reading everything ($and: no index answers it). */
    private static void assertCountsAsByScan(MongoCollection<Document> registrations) {
        for (String symposium : List.of("s0", "s1", "s2", "s3", "s9")) {
            for (Object state : java.util.Arrays.asList("CONFIRMED", "WAITLISTED", "CANCELLED", "OFFERED", "REJECTED", true, 7, null)) {
                Document flat = new Document("symposiumId", symposium).append("state", state);
                Bson scan = new Document("$and", List.of(Filters.eq("symposiumId", symposium), Filters.eq("state", state)));
                String what = symposium + " " + state;
                assertThat(registrations.countDocuments(flat)).as(what).isEqualTo(registrations.countDocuments(scan));
                assertThat(registrations.countDocuments(flat, new com.mongodb.client.model.CountOptions().skip(3).limit(20)))
                        .as(what + " skip 3 limit 20")
                        .isEqualTo(Math.max(0, Math.min(registrations.countDocuments(scan) - 3, 20)));
                assertThat(registrations.find(flat).map(d -> d.get("_id")).into(new ArrayList<>())).as(what)
                        .containsExactlyInAnyOrderElementsOf(registrations.find(scan).map(d -> d.get("_id")).into(new ArrayList<>()));
            }
            assertThat(registrations.countDocuments(new Document("symposiumId", symposium))).as(symposium)
                    .isEqualTo(registrations.countDocuments(new Document("$and", List.of(Filters.eq("symposiumId", symposium)))));
        }
    }

    private static void assertEverySortAsByScan(MongoCollection<Document> notifications) {
        for (String recipient : List.of("m0", "m1", "m2", "m9", "nobody")) {
            // Flat filters, as Spring Data and GridFS send them (the driver renders Filters.and as $and).
            List<Bson> filters = List.of(new Document("recipientId", recipient),
                    new Document("recipientId", recipient).append("readAt", null),
                    new Document("recipientId", recipient).append("createdAt", new Document("$gte", new java.util.Date(40_000_000L))));
            for (Bson filter : filters) {
                for (Document sort : List.of(new Document("createdAt", 1), new Document("createdAt", -1),
                        new Document("seq", 1), new Document("seq", -1))) {
                    for (int[] skipLimit : new int[][] {{0, 5}, {0, 1}, {7, 10}, {0, 0}}) {
                        assertSortedAsByScan(notifications, filter, sort, skipLimit[0], skipLimit[1]);
                    }
                }
            }
        }
    }

    /** The query answers as the same query wrapped in $and, which no index answers (read in full and sorted). */
    private static void assertSortedAsByScan(MongoCollection<Document> notifications, Bson filter, Document sort, int skip,
            int limit) {
        List<Object> byIndex = notifications.find(filter).sort(sort).skip(skip).limit(limit)
                .projection(new Document("title", 1)).map(d -> java.util.Arrays.asList(d.get("_id"), d.get("title")))
                .into(new ArrayList<>());
        List<Object> byScan = notifications.find(new Document("$and", List.of(filter))).sort(sort).skip(skip).limit(limit)
                .projection(new Document("title", 1)).map(d -> java.util.Arrays.asList(d.get("_id"), d.get("title")))
                .into(new ArrayList<>());
        // Ties (equal values) may come in either order, as in MongoDB: compare the order of the sort
        // key's values, and the documents taken when there is no limit.
        String key = sort.keySet().iterator().next();
        assertThat(valuesOf(notifications, key, byIndex)).as(filter + " " + sort + " skip " + skip + " limit " + limit)
                .isEqualTo(valuesOf(notifications, key, byScan));
        if (skip == 0 && limit == 0) {
            assertThat(byIndex).containsExactlyInAnyOrderElementsOf(byScan);
        }
    }

    private static List<Object> valuesOf(MongoCollection<Document> notifications, String key, List<Object> idsAndTitles) {
        List<Object> values = new ArrayList<>();
        for (Object idAndTitle : idsAndTitles) {
            Document found = notifications.find(Filters.eq("_id", ((List<?>) idAndTitle).get(0))).first();
            values.add(found == null ? null : found.get(key));
        }
        return values;
    }

    @Test
    void a_collection_without_indexes_answers_every_kind_of_read_and_write_as_the_in_memory_server_does() {
        String file = dir.resolve("plain.mv").toString();
        Answers expected = workOn(new MongoServer(new MemoryBackend()), true);
        assertThat(workOn(new MongoServer(new IndexedH2Backend(file)), true)).isEqualTo(expected);
        assertThat(workOn(new MongoServer(new IndexedH2Backend(file)), false).reads()).as("after a restart")
                .isEqualTo(expected.reads());
    }

    /** What each write answered, and what each read did after them. */
    private record Answers(List<Object> writes, List<Object> reads) {}

    /** Inserts, changes and deletes (when {@code write}), then reads every way. */
    private static Answers workOn(MongoServer server, boolean write) {
        List<Object> writes = new ArrayList<>();
        List<Object> reads = new ArrayList<>();
        try (MongoClient client = MongoClients.create(start(server))) {
            MongoCollection<Document> outbox = client.getDatabase("dialogue-service").getCollection("outbox");
            if (write) {
                for (int i = 0; i < 300; i++) {
                    outbox.insertOne(new Document("_id", String.format("e%03d", i)).append("n", i).append("published", false)
                            .append("payload", new Document("dialogueId", "d" + i % 7).append("tags", List.of("a", "b" + i))));
                }
                writes.add(outbox.findOneAndUpdate(Filters.eq("n", 5), Updates.set("published", true)));
                writes.add(outbox.findOneAndUpdate(Filters.eq("n", 6), Updates.push("payload.tags", "c"),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
                writes.add(outbox.replaceOne(Filters.eq("_id", "e007"), new Document("n", 7).append("replaced", true))
                        .getModifiedCount());
                writes.add(outbox.updateMany(Filters.lt("n", 100), Updates.inc("n", 1000)).getModifiedCount());
                writes.add(outbox.deleteMany(Filters.eq("payload.dialogueId", "d3")).getDeletedCount());
            }
            reads.add(outbox.countDocuments());
            reads.add(outbox.find().into(new ArrayList<>()));
            reads.add(outbox.find().sort(new Document("$natural", -1)).limit(20).into(new ArrayList<>()));
            reads.add(outbox.find(Filters.eq("published", true)).sort(new Document("n", -1)).into(new ArrayList<>()));
        } finally {
            server.shutdown();
        }
        return new Answers(writes, reads);
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
        Bson someRecipients = Filters.and(Filters.in("recipientId", "m0", "m4", "nobody"), Filters.gte("createdAt", 100));
        assertThat(notifications.countDocuments(someRecipients)).as("$in over the indexed key")
                .isEqualTo(notifications.countDocuments(new Document("$and", List.of(someRecipients))));
        assertThat(notifications.distinct("recipientId", Filters.in("recipientId", "m0", "m4", "nobody"), String.class)
                .into(new ArrayList<>())).as("distinct through the index").containsExactly("m0", "m4");
    }

    /** The notifications' first secondary index: recipientId, createdAt. */
    private static FirstKeyIndex firstKeyIndex(IndexedH2Backend backend) {
        return firstKeyIndex(backend, "notification-service", "notifications");
    }

    /** A collection's first secondary index, as the server holds it. */
    @SuppressWarnings("unchecked")
    private static FirstKeyIndex firstKeyIndex(IndexedH2Backend backend, String database, String collectionName) {
        var collection = (AbstractMongoCollection<Object>) backend.resolveDatabase(database)
                .resolveCollection(collectionName, true);
        return (FirstKeyIndex) collection.getIndexes().stream().filter(FirstKeyIndex.class::isInstance).findFirst()
                .orElseThrow();
    }
}
