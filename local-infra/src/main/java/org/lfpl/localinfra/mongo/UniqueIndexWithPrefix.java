package org.lfpl.localinfra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import java.util.List;

/**
 * A unique compound index of the H2 backend (kept on disk, and what enforces uniqueness) that also
 * answers queries on its first key alone through an in-memory {@link FirstKeyIndex}: the server's
 * unique index answers only a query naming every key, so GridFS's read of a file's chunks
 * ({@code files_id}, {@code n >= 0}, sorted by {@code n}) read every chunk of every file stored
 * before the first byte went out (1.25 s with 7,000 chunks, growing with each upload). With the
 * second key ordered, the chunks come in order without a sort ({@link IndexedCollection}).
 */
final class UniqueIndexWithPrefix extends Index<Object> {

    private final Index<Object> unique;
    private final FirstKeyIndex prefix;

    UniqueIndexWithPrefix(Index<Object> unique, List<IndexKey> keys, boolean sparse) {
        super(unique.getName(), keys, sparse);
        this.unique = unique;
        this.prefix = new FirstKeyIndex(unique.getName(), keys, sparse);
    }

    Index<Object> unique() {
        return unique;
    }

    FirstKeyIndex prefix() {
        return prefix;
    }

    /** The on-disk unique index survives a restart, the in-memory one does not: filled again from the documents. */
    boolean prefixNeedsRebuild() {
        return prefix.getCount() == 0 && unique.getCount() > 0;
    }

    @Override
    public boolean isUnique() {
        return true;
    }

    @Override
    public Object getPosition(Document document) {
        return unique.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        unique.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        unique.add(document, position, collection);
        prefix.add(document, position, collection);
    }

    @Override
    public Object remove(Document document) {
        prefix.remove(document);
        return unique.remove(document);
    }

    @Override
    public boolean canHandle(Document query) {
        return unique.canHandle(query) || prefix.canHandle(query);
    }

    /**
     * A query naming every key with a value goes to the unique index (one position); a range on the
     * second key ({@code n >= 0}) also goes to the first-key index, which gives the positions in order:
     * the unique index answers it by reading every key it holds.
     */
    @Override
    public Iterable<Object> getPositions(Document query) {
        boolean pointLookup = keys().stream().allMatch(key -> query.containsKey(key) && !(query.get(key) instanceof Document));
        return pointLookup || !prefix.canHandle(query) ? unique.getPositions(query) : prefix.getPositions(query);
    }

    @Override
    public long getCount() {
        return unique.getCount();
    }

    @Override
    public long getDataSize() {
        return unique.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        unique.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) throws KeyConstraintError {
        unique.updateInPlace(oldDocument, newDocument, position, collection);
        prefix.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        unique.drop();
        prefix.drop();
    }
}
