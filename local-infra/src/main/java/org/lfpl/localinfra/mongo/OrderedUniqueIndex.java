package org.lfpl.localinfra.mongo;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A unique index kept in the H2 file, as the H2 backend's own, but with its keys in MongoDB's
 * order ({@link IndexKeys}) instead of compared through Java serialisation. It lives in a map of
 * its own name, so in a file written by an earlier build it starts empty, and the server fills an
 * empty index from the collection's documents as it adds it; the earlier build's map is removed.
 */
final class OrderedUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> keys;

    private OrderedUniqueIndex(MVMap<KeyValue, Object> keys, String name, List<IndexKey> indexKeys, boolean sparse) {
        super(name, indexKeys, sparse);
        this.keys = keys;
    }

    /** The map's name: under the collection's namespace, so dropping the database removes it too. */
    static String mapName(String namespace, String indexName) {
        return namespace + "._ordered_index_" + indexName;
    }

    static OrderedUniqueIndex open(MVStore store, String namespace, String indexName, List<IndexKey> indexKeys,
            boolean sparse) {
        MVMap<KeyValue, Object> keys = store.openMap(mapName(namespace, indexName),
                new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeys()));
        String earlierBuilds = namespace + "._index_" + indexName;
        if (store.hasMap(earlierBuilds)) {
            store.removeMap(earlierBuilds); // the documents are the truth; this index is filled from them
        }
        return new OrderedUniqueIndex(keys, indexName, indexKeys, sparse);
    }

    /**
     * Some documents have no key here: the process stopped while the index was being filled (every
     * document has a key in an index that is not sparse). Emptied, it is filled again as it is added.
     */
    void clearIfIncomplete(long documents) {
        if (!isSparse() && keys.sizeAsLong() != documents) {
            keys.clear();
        }
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return keys.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return keys.putIfAbsent(key, position) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return keys.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return keys.get(key);
    }

    @Override
    public long getCount() {
        return keys.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return keys.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /** Dropping the index or its collection leaves no keys behind for a collection of the same name. */
    @Override
    public void drop() {
        keys.clear();
    }
}
