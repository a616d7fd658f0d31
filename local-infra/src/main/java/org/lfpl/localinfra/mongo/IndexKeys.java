package org.lfpl.localinfra.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
        ByteBuf bson = Unpooled.buffer(64);
        try {
            BsonEncoder.encodeDocument(new Document("k", key.stream().toList()), bson);
            buffer.put(BsonDocuments.BSON).put(bson.nioBuffer());
            return;
        } catch (IllegalArgumentException noBsonType) {
            // a value only the server knows: H2's own format below
        } finally {
            bson.release();
        }
        h2Format.write(buffer, key);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BsonDocuments.BSON) {
            return (KeyValue) h2Format.read(buffer);
        }
        buffer.get(); // the tag
        int start = buffer.position();
        int length = buffer.get(start) & 0xff | (buffer.get(start + 1) & 0xff) << 8
                | (buffer.get(start + 2) & 0xff) << 16 | (buffer.get(start + 3) & 0xff) << 24; // BSON's length, little-endian
        ByteBuffer bson = buffer.slice(start, length).order(ByteOrder.BIG_ENDIAN);
        buffer.position(start + length);
        return new KeyValue((List<?>) BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson)).get("k"));
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
