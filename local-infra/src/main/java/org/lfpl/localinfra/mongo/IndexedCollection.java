package org.lfpl.localinfra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that reads a query sorted by an index's second key in that index's order and
 * stops at its limit, as MongoDB walks an index: a member's five newest notifications, or the
 * highest sequence number, read a handful of documents instead of loading, matching and sorting
 * every notification the member ever had (tens of milliseconds each, with the collection locked).
 * The index the server picked gives the order when its second key is the sort's; otherwise a
 * sibling index on the same first key whose second key is. Such a query asked in batches is read
 * batch by batch. Any other query is answered as the server always does.
 */
final class IndexedCollection extends H2Collection {

    private final CursorRegistry cursors;

    IndexedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
            MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, documents, meta, cursors);
        this.cursors = cursors;
    }

    /**
     * As the server adds an index (filling it from the documents when it is empty: a new index, or
     * an on-disk unique index left incomplete), and a unique compound index's in-memory part filled
     * from the documents after a restart.
     */
    @Override
    public void addIndex(Index<Object> index) {
        OrderedUniqueIndex onDisk = index instanceof OrderedUniqueIndex ordered ? ordered
                : index instanceof UniqueIndexWithPrefix compound && compound.unique() instanceof OrderedUniqueIndex ordered
                        ? ordered : null;
        if (onDisk != null) {
            onDisk.clearIfIncomplete(count());
        }
        super.addIndex(index);
        if (index instanceof UniqueIndexWithPrefix unique && unique.prefixNeedsRebuild()) {
            streamAllDocumentsWithPosition().forEach(d -> unique.prefix().add(d.getDocument(), d.getPosition(), this));
        }
    }

    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy, int numberToSkip,
            int limit, int batchSize, Document fieldSelector) {
        if (positions instanceof FirstKeyIndex.OrderedPositions answered) {
            FirstKeyIndex.OrderedPositions ordered = answered.direction(orderBy) != 0 ? answered : inSortOrder(orderBy, query);
            int direction = ordered == null ? 0 : ordered.direction(orderBy);
            if (direction != 0) {
                Iterator<Object> inOrder = ordered.inDirection(direction);
                if (batchSize > 0 && (fieldSelector == null || fieldSelector.isEmpty())) {
                    return inBatches(query, inOrder, numberToSkip, limit, batchSize);
                }
                // Matched lazily and in order: no sort, and nothing read past the limit.
                return matchDocumentsFromStream(query, documents(inOrder), numberToSkip, limit, batchSize, null,
                        fieldSelector);
            }
        }
        return super.matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    private Stream<Document> documents(Iterator<Object> positions) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(positions, Spliterator.ORDERED), false)
                .map(this::getDocument);
    }

    /**
     * The first batch now, the rest read as the client asks for it ({@link ReadAsAskedFor}): a
     * file's chunks (GridFS asks for a few at a time) are not all gathered in this server's heap,
     * 100 MB for a 100 MB file, before the first one goes out. The positions still to read are
     * copied from the index first: it is a view, valid only while this query holds the collection.
     */
    private QueryResult inBatches(Document query, Iterator<Object> inOrder, int numberToSkip, int limit, int batchSize) {
        Detachable positions = new Detachable(inOrder);
        Stream<Document> matching = documents(positions).filter(d -> d != null && documentMatchesQuery(d, query))
                .skip(numberToSkip);
        Iterator<Document> remaining = (limit > 0 ? matching.limit(limit) : matching).iterator();
        List<Document> first = take(remaining, batchSize);
        if (!remaining.hasNext()) {
            return new QueryResult(first);
        }
        positions.detach();
        ReadAsAskedFor cursor = new ReadAsAskedFor(cursors.generateCursorId(), remaining);
        cursors.add(cursor);
        return new QueryResult(first, cursor);
    }

    /** Positions read from the index until {@link #detach}, then from a copy of those not yet read. */
    private static final class Detachable implements Iterator<Object> {

        private Iterator<Object> source;

        Detachable(Iterator<Object> source) {
            this.source = source;
        }

        void detach() {
            List<Object> rest = new ArrayList<>();
            source.forEachRemaining(rest::add);
            source = rest.iterator();
        }

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public Object next() {
            return source.next();
        }
    }

    private static List<Document> take(Iterator<Document> documents, int count) {
        List<Document> taken = new ArrayList<>();
        while (taken.size() < count && documents.hasNext()) {
            taken.add(documents.next());
        }
        return taken;
    }

    /**
     * A cursor that reads its documents when a batch is asked for, from the positions the index gave;
     * a document deleted or changed meanwhile is skipped or checked against the query again, as a
     * MongoDB cursor sees concurrent writes.
     */
    private static final class ReadAsAskedFor extends AbstractCursor {

        private final Iterator<Document> remaining;

        ReadAsAskedFor(long id, Iterator<Document> remaining) {
            super(id);
            this.remaining = remaining;
        }

        @Override
        public synchronized boolean isEmpty() {
            return !remaining.hasNext();
        }

        @Override
        public synchronized List<Document> takeDocuments(int count) {
            return take(remaining, count > 0 ? count : Integer.MAX_VALUE);
        }
    }

    /** A count answered by an index alone ({@link FirstKeyIndex#exactCount}); null when the documents must be read. */
    Long exactCount(Document query) {
        for (Index<Object> index : getIndexes()) {
            FirstKeyIndex firstKey = inMemoryPart(index);
            Long count = firstKey == null ? null : firstKey.exactCount(query);
            if (count != null) {
                return count;
            }
        }
        return null;
    }

    /** The same query's positions from a sibling index whose order is the sort's; null when there is none. */
    private FirstKeyIndex.OrderedPositions inSortOrder(Document orderBy, Document query) {
        if (orderBy == null || orderBy.size() != 1) {
            return null;
        }
        String sortKey = orderBy.keySet().iterator().next();
        for (Index<Object> index : getIndexes()) {
            FirstKeyIndex sibling = inMemoryPart(index);
            if (sibling != null) {
                FirstKeyIndex.OrderedPositions found = sibling.positionsOrderedBy(sortKey, query);
                if (found != null && found.direction(orderBy) != 0) {
                    return found;
                }
            }
        }
        return null;
    }

    /** An index's in-memory first-key part: a secondary index itself, or a unique compound index's prefix; null for others. */
    private static FirstKeyIndex inMemoryPart(Index<Object> index) {
        return index instanceof UniqueIndexWithPrefix unique ? unique.prefix()
                : index instanceof FirstKeyIndex firstKey ? firstKey : null;
    }
}
