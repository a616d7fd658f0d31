package org.lfpl.localinfra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents and unique index keys are stored as BSON and come back exactly as they went in,
 * across restarts; a file written by earlier builds (H2's Java serialisation) still opens, its
 * documents are read, changed and rewritten, and its unique indexes are rebuilt from them.
 */
class BsonDocumentsTest {

    @TempDir
    Path dir;

    private static <T> T withServer(H2Backend backend, Function<MongoCollection<Document>, T> work) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/?uuidRepresentation=standard";
        try (MongoClient client = MongoClients.create(uri)) {
            return work.apply(client.getDatabase("registration-service").getCollection("registrations"));
        } finally {
            server.shutdown();
        }
    }

    private static List<Document> all(MongoCollection<Document> collection) {
        return collection.find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    @Test
    void every_bson_type_comes_back_as_it_was_stored_after_a_restart() {
        String file = dir.resolve("types.mv").toString();
        Document everyType = new Document("_id", "every-type")
                .append("string", "Grüße, 学习 🎓").append("int", 42).append("long", 1L << 40).append("double", 0.1)
                .append("true", true).append("null", null).append("date", new Date(1_780_000_000_000L))
                .append("objectId", new ObjectId("65f0a1b2c3d4e5f601234567"))
                .append("binary", new Binary(new byte[] {0, 1, 2, (byte) 255}))
                .append("uuid", UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"))
                .append("decimal", new Decimal128(new BigDecimal("12345.6789")))
                .append("timestamp", new BsonTimestamp(1_780_000_000, 7)).append("min", new MinKey()).append("max", new MaxKey())
                .append("nested", new Document("strands", List.of("inclusion", "assessment")).append("empty", new Document()))
                .append("list", List.of(1, "two", List.of(3.0), new Document("four", 4L)));

        List<Document> written = withServer(new IndexedH2Backend(file), collection -> {
            collection.insertOne(everyType);
            return all(collection);
        });
        List<Document> reread = withServer(new IndexedH2Backend(file), BsonDocumentsTest::all);

        assertThat(written).containsExactly(everyType);
        assertThat(reread).as("read back from the file").containsExactly(everyType);
    }

    @Test
    void a_file_written_by_earlier_builds_opens_and_its_documents_are_read_changed_and_rewritten() {
        String file = dir.resolve("earlier.mv").toString();
        List<Document> earlier = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            earlier.add(new Document("_id", "r" + i).append("memberId", "m" + i).append("state", "WAITLISTED")
                    .append("waitlistNumber", (long) i).append("strands", List.of("s" + i % 5)));
        }
        // mongo-java-server's own H2 backend: documents as Java serialisation, as before this change.
        withServer(new H2Backend(file), collection -> collection.insertMany(earlier));

        List<Document> afterChange = withServer(new IndexedH2Backend(file), collection -> {
            assertThat(all(collection)).as("read from the old format").hasSize(50).containsAll(earlier);
            assertThat(collection.find(Filters.eq("_id", "r7")).first()).as("found through the rebuilt _id index")
                    .isEqualTo(earlier.get(7));
            assertThatThrownBy(() -> collection.insertOne(new Document("_id", "r7")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
            collection.updateMany(Filters.lt("waitlistNumber", 10L), Updates.set("state", "CONFIRMED"));
            collection.insertOne(new Document("_id", "r99").append("memberId", "m99").append("state", "WAITLISTED"));
            return all(collection);
        });
        List<Document> reread = withServer(new IndexedH2Backend(file), BsonDocumentsTest::all);

        assertThat(afterChange).hasSize(51).filteredOn(d -> "CONFIRMED".equals(d.get("state"))).hasSize(10);
        assertThat(reread).as("a file with both formats").containsExactlyElementsOf(afterChange);
    }

    @Test
    void unique_indexes_keep_refusing_duplicates_across_restarts_drops_and_an_interrupted_rebuild() {
        String file = dir.resolve("unique.mv").toString();
        withServer(new IndexedH2Backend(file), collection -> {
            collection.createIndex(Indexes.ascending("symposiumId", "memberId"), new IndexOptions().unique(true));
            for (int i = 0; i < 40; i++) {
                collection.insertOne(new Document("_id", i % 2 == 0 ? (Object) ("r" + i) : (Object) i)
                        .append("symposiumId", "s" + i % 4).append("memberId", "m" + i));
            }
            return null;
        });
        // A stop while the _id index was being filled: half its keys were never written.
        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            MVMap<KeyValue, Object> ids = store.openMap(OrderedUniqueIndex.mapName("registration-service.registrations", "_id_"),
                    new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeys()));
            assertThat(ids.sizeAsLong()).isEqualTo(40);
            new ArrayList<>(ids.keySet()).subList(0, 20).forEach(ids::remove);
        }

        withServer(new IndexedH2Backend(file), collection -> {
            for (int i = 0; i < 40; i++) {
                Object id = i % 2 == 0 ? "r" + i : i;
                assertThat(collection.find(Filters.eq("_id", id)).first()).as("found by _id " + id).isNotNull();
                assertThatThrownBy(() -> collection.insertOne(new Document("_id", id))).as("duplicate _id " + id)
                        .isInstanceOf(MongoWriteException.class);
            }
            assertThat(collection.find(Filters.eq("_id", 1.0)).first()).as("1.0 is the same key as 1, as in MongoDB")
                    .isNotNull();
            assertThatThrownBy(() -> collection.insertOne(new Document("symposiumId", "s1").append("memberId", "m1")))
                    .as("duplicate on the compound index").isInstanceOf(MongoWriteException.class);

            collection.drop();
            collection.insertOne(new Document("_id", "r0").append("symposiumId", "s0").append("memberId", "m0"));
            assertThat(collection.countDocuments()).as("nothing of the dropped collection's keys left").isEqualTo(1);
            return null;
        });
    }

    @Test
    void a_value_bson_has_no_type_for_is_stored_the_old_way_and_read_back() {
        BsonDocuments type = new BsonDocuments();
        var bsonOnly = new de.bwaldvogel.mongo.bson.Document("_id", "a").append("n", 1);
        var withAFloat = new de.bwaldvogel.mongo.bson.Document("_id", "b").append("ratio", 0.5f)
                .append("when", new Date(5));

        assertThat(storedTag(type, bsonOnly)).isEqualTo(BsonDocuments.BSON);
        assertThat(storedTag(type, withAFloat)).as("H2's own format").isNotEqualTo(BsonDocuments.BSON);
        assertThat(roundTrip(type, bsonOnly)).isEqualTo(bsonOnly);
        assertThat(roundTrip(type, withAFloat)).isEqualTo(withAFloat);
    }

    @Test
    void the_memory_h2_is_told_a_read_document_takes_follows_its_size_so_its_page_cache_stays_in_budget() {
        var chunk = new de.bwaldvogel.mongo.bson.Document("_id", "c").append("n", 0)
                .append("data", new de.bwaldvogel.mongo.bson.BinData(new byte[256 * 1024]));
        ByteBuffer asBson = stored(new BsonDocuments(), chunk);
        WriteBuffer oldFormat = new WriteBuffer();
        new org.h2.mvstore.type.ObjectDataType().write(oldFormat, chunk);
        ByteBuffer asJavaSerialisation = oldFormat.getBuffer().flip();

        for (ByteBuffer stored : List.of(asBson, asJavaSerialisation)) {
            BsonDocuments type = new BsonDocuments(); // as after a restart: nothing written yet
            for (int i = 0; i < 32; i++) { // a page of a files' chunks, read back
                type.read(stored.duplicate());
            }
            assertThat(type.getMemory(chunk)).as("bytes of memory per document").isGreaterThan(256 * 1024);
        }
    }

    private static byte storedTag(BsonDocuments type, de.bwaldvogel.mongo.bson.Document document) {
        return stored(type, document).get(0);
    }

    private static de.bwaldvogel.mongo.bson.Document roundTrip(BsonDocuments type, de.bwaldvogel.mongo.bson.Document document) {
        ByteBuffer stored = stored(type, document);
        de.bwaldvogel.mongo.bson.Document read = type.read(stored);
        assertThat(stored.remaining()).as("read to its end, not beyond").isZero();
        return read;
    }

    private static ByteBuffer stored(BsonDocuments type, de.bwaldvogel.mongo.bson.Document document) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        return buffer.getBuffer().flip();
    }
}
