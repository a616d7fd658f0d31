package org.lfpl.localinfra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * mongo-java-server's H2 backend (one file, single-document atomicity) with the secondary indexes
 * it lacks ({@link FirstKeyIndex}), and with {@code countDocuments} answered through them: the
 * driver sends a count as an aggregation ({@code $match}, then {@code $group} summing 1), which
 * the server runs over every document of the collection; here the {@code $match} is a query,
 * which uses the index, or is counted from the index alone when it is equalities on its keys; and
 * a query sorted by an index's second key is read in the index's order ({@link IndexedCollection}). Without them, a notification's unread count or a symposium's waitlist
 * read every document ever stored, and the local platform slowed down as its data grew. It also
 * answers {@code hello}.
 */
public final class IndexedH2Backend extends H2Backend {

    /** MB of decoded H2 pages kept in memory ({@code -Dlfpl.mongo.cache-mb}); H2's own default is 16. */
    private static final int CACHE_MB = Integer.getInteger("lfpl.mongo.cache-mb", 16);

    public IndexedH2Backend(String fileName) {
        this(openStore(fileName));
    }

    private IndexedH2Backend(MVStore store) {
        super(store);
    }

    private static MVStore openStore(String fileName) {
        return new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MB).open();
    }

    /**
     * The backend over the store in {@code fileName}. Opening it reads every stored collection to
     * build the indexes (13-20 s for a 600 MB store on an idle 2-core box, over 45 s while the rest
     * of the platform starts on the same cores), and H2's background writer compacts the file in
     * the meantime: it moves live pages out of sparse chunks and frees a chunk once no version in
     * use needs it and H2's retention time (45 s) has passed. A plain read of a map does not count
     * as a use, so a read that took longer than that found its pages gone: "Chunk 5292 not found",
     * which stopped {@code ./lfpl up} twice on 2026-12-07 (reproduced with the same store and
     * six busy loops on the two cores: "Chunk 6285 not found" after 73 s). The open therefore holds
     * the version it reads ({@link #readingOneVersion}). It is still opened once more if H2 fails
     * (the failed store closed first, so its file lock is released); other failures, and a second
     * one, are thrown.
     */
    public static IndexedH2Backend open(String fileName) {
        return openedOnceMore(() -> openStore(fileName), store -> readingOneVersion(store, IndexedH2Backend::new));
    }

    /**
     * {@code reader} over {@code store}, holding the store's current version while it runs, as H2's
     * own transactions hold their snapshot: no chunk that version needs is freed until it ends.
     */
    static <B> B readingOneVersion(MVStore store, Function<MVStore, B> reader) {
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            return reader.apply(store);
        } finally {
            store.deregisterVersionUsage(reading);
        }
    }

    static <B> B openedOnceMore(Supplier<MVStore> stores, Function<MVStore, B> backendOver) {
        MVStore first = stores.get();
        try {
            return backendOver.apply(first);
        } catch (RuntimeException failed) {
            first.closeImmediately();
            if (!(failed instanceof MVStoreException)) {
                throw failed;
            }
            System.err.println("Opening the store failed (" + failed.getMessage() + "); opening it once more");
            MVStore second = stores.get();
            try {
                return backendOver.apply(second);
            } catch (RuntimeException again) {
                second.closeImmediately();
                again.addSuppressed(failed);
                throw again;
            }
        }
    }

    /**
     * {@code hello}, the handshake and health command of MongoDB 4.4+ (Spring Boot's MongoDB health
     * check sends it), answered as the server answers its older name, {@code isMaster}; without it
     * every service's full health showed MongoDB DOWN while readiness was UP.
     */
    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (command.equalsIgnoreCase("hello")) {
            Document answer = super.handleCommand(channel, databaseName, "ismaster", query);
            answer.put("isWritablePrimary", answer.get("ismaster"));
            return answer;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedDatabase(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Not static: the server opens the existing collections while this is constructed, from the backend's store. */
    final class IndexedDatabase extends H2Database {

        /** Commands taking at least this long are logged ({@code -Dlfpl.mongo.slow-ms=20}); off by default. */
        private static final long SLOW_MS = Long.getLong("lfpl.mongo.slow-ms", -1);

        IndexedDatabase(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        /**
         * As the H2 backend opens a collection (the same map names, so existing data is found), as an
         * {@link IndexedCollection} whose documents are stored as BSON ({@link BsonDocuments}).
         */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            return new IndexedCollection(this, collectionName, options,
                    store.openMap("databases." + namespace, new MVMap.Builder<Object, Document>().valueType(new BsonDocuments())),
                    store.openMap("meta." + namespace), cursorRegistry);
        }

        /**
         * A unique index with its keys in MongoDB's order ({@link OrderedUniqueIndex}); a compound
         * one also answers its first key alone ({@link UniqueIndexWithPrefix}).
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            Index<Object> unique = OrderedUniqueIndex.open(getMvStore(), getFullCollectionNamespace(collectionName),
                    indexName, keys, sparse);
            return keys.size() < 2 ? unique : new UniqueIndexWithPrefix(unique, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            removeMap(OrderedUniqueIndex.mapName(getFullCollectionNamespace(collection.getCollectionName()), indexName));
        }

        /** With its unique indexes' maps, which the H2 backend leaves behind. */
        @Override
        public void dropCollection(String collectionName, Oplog oplog) {
            String indexMaps = OrderedUniqueIndex.mapName(getFullCollectionNamespace(collectionName), "");
            super.dropCollection(collectionName, oplog);
            getMvStore().getMapNames().stream().filter(name -> name.startsWith(indexMaps)).toList()
                    .forEach(this::removeMap);
        }

        private void removeMap(String name) {
            if (getMvStore().hasMap(name)) {
                getMvStore().removeMap(name);
            }
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return new FirstKeyIndex(indexName, keys, sparse);
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databases,
                Oplog oplog) {
            if (SLOW_MS < 0) {
                return answer(channel, command, query, databases, oplog);
            }
            long t0 = System.nanoTime();
            Document answer = answer(channel, command, query, databases, oplog);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms >= SLOW_MS) {
                // What MongoDB's profiler would show: which reads to index or avoid.
                System.err.printf("slow command: %d ms %s %s.%s filter=%s sort=%s limit=%s%n", ms, command, getDatabaseName(),
                        query.get(command), query.get("filter") != null ? query.get("filter") : query.get("pipeline"),
                        query.get("sort"), query.get("limit"));
            }
            return answer;
        }

        private Document answer(Channel channel, String command, Document query, DatabaseResolver databases, Oplog oplog) {
            Document counted = command.equalsIgnoreCase("aggregate") ? countDocuments(query) : null;
            return counted != null ? counted : super.handleCommand(channel, command, query, databases, oplog);
        }

        /**
         * The driver's countDocuments pipeline, [{$match}, {$skip}?, {$limit}?, {$group: {_id: 1, n: {$sum: 1}}}],
         * answered by a query; null for any other aggregation (the server runs those itself).
         */
        private Document countDocuments(Document command) {
            if (!(command.get("aggregate") instanceof String collectionName)
                    || !(command.get("pipeline") instanceof List<?> pipeline) || pipeline.size() < 2 || pipeline.size() > 4
                    || !(pipeline.get(0) instanceof Document first) || first.size() != 1
                    || !(first.get("$match") instanceof Document match)
                    || !isCountGroup(pipeline.get(pipeline.size() - 1))) {
                return null;
            }
            long skip = 0;
            long limit = Long.MAX_VALUE;
            for (Object stage : pipeline.subList(1, pipeline.size() - 1)) {
                if (stage instanceof Document d && d.size() == 1 && d.get("$skip") instanceof Number n) {
                    skip = n.longValue();
                } else if (stage instanceof Document d && d.size() == 1 && d.get("$limit") instanceof Number n) {
                    limit = n.longValue();
                } else {
                    return null;
                }
            }
            MongoCollection<Object> collection = resolveCollection(collectionName, false);
            Long fromIndex = collection instanceof IndexedCollection indexed ? indexed.exactCount(match) : null;
            long count = collection == null ? 0
                    : fromIndex != null ? Math.max(0, Math.min(fromIndex - skip, limit))
                    : collection.handleQueryAsStream(match).skip(skip).limit(limit).count();
            List<Document> batch = count == 0 ? List.of()
                    : List.of(new Document("_id", 1).append("n", count <= Integer.MAX_VALUE ? (Object) (int) count : count));
            Document cursor = new Document("firstBatch", batch).append("id", 0L)
                    .append("ns", getDatabaseName() + "." + collectionName);
            return new Document("cursor", cursor).append("ok", 1.0);
        }

        private static boolean isCountGroup(Object stage) {
            if (!(stage instanceof Document d) || d.size() != 1 || !(d.get("$group") instanceof Document group)
                    || group.size() != 2 || !(group.get("n") instanceof Document sum) || sum.size() != 1) {
                return false;
            }
            return group.get("_id") instanceof Number id && id.intValue() == 1
                    && sum.get("$sum") instanceof Number one && one.intValue() == 1;
        }
    }
}
