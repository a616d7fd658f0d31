package org.lfpl.localinfra.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The keys of a unique index on disk, ordered as MongoDB orders values. H2's default type compares
 * objects it does not know by Java-serialising both at every step of a tree search, so each
 * lookup by {@code _id} serialised a dozen keys: a quarter of the wire server's CPU in a
 * registration rush. Keys are stored as BSON (with H2's format, tagged, for a value BSON has no
 * type for), like the documents ({@link BsonDocuments}).
 */
final class IndexKeys extends BasicDataType<KeyValue> {

    /** Element by element; a list is one value compared element by element, not by its smallest. */
    private static final Comparator<Object> ORDER = ValueComparator.ascWithoutListHandling();

    private final ObjectDataType h2Format = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = ORDER.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        return 48 + 64 * key.size(); // a list and its values; ids are short strings or ObjectIds
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        if (BsonDocuments.writeTagged(buffer, new Document("k", key.stream().toList()), 64) < 0) {
            h2Format.write(buffer, key); // a value only the server knows
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        Document stored = BsonDocuments.readTagged(buffer);
        return stored != null ? new KeyValue((List<?>) stored.get("k")) : (KeyValue) h2Format.read(buffer);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
