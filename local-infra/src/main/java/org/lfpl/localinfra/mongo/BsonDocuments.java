package org.lfpl.localinfra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How a collection's documents are stored in the H2 file: as BSON, the format they arrive in,
 * instead of H2's default, Java serialisation, which was 41 % of the wire server's profile in a
 * registration rush (every page H2 reads back or writes goes through it).
 *
 * <p>A stored value starts with one tag byte: {@value #BSON} for BSON; anything else is H2's own
 * format, read as before. So a file written by an earlier build opens unchanged and its documents
 * are rewritten as BSON as they change; a document BSON cannot hold (a value it has no type for,
 * such as a {@code java.util.Date}, or more than 16 MiB, which the decoder refuses) is still stored
 * the old way.
 */
final class BsonDocuments extends BasicDataType<Document> {

    /** A tag H2's {@link ObjectDataType} never writes (it uses 0-19 and 32-119). */
    static final byte BSON = 127;

    /** The largest document the BSON decoder reads back (MongoDB's own limit); anything larger is stored the old way. */
    private static final int MAX_BSON = 16 * 1024 * 1024;

    private final ObjectDataType h2Format = new ObjectDataType();

    /** Average size in memory of this collection's documents, for H2's estimate of what its cached pages take. */
    private volatile int averageSize = 1024;

    @Override
    public int getMemory(Document value) {
        return averageSize;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        int size = writeTagged(buffer, document, averageSize);
        if (size >= 0) {
            measured(size);
        } else {
            h2Format.write(buffer, document); // serialises any Serializable value
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int from = buffer.position();
        Document document = readTagged(buffer);
        if (document == null) {
            document = (Document) h2Format.read(buffer);
        }
        measured(buffer.position() - from);
        return document;
    }

    /**
     * H2 keeps decoded pages up to a memory budget and asks each value's size, so the average must
     * follow what is read too (a files' chunks collection holds 255 KiB documents): as H2's own
     * format does, twice the stored bytes.
     */
    private void measured(int storedBytes) {
        averageSize = (averageSize * 15 + 2 * storedBytes) / 16;
    }

    /** Writes the document as tagged BSON and returns its size; -1, with nothing written, when BSON cannot hold it. */
    static int writeTagged(WriteBuffer buffer, Document document, int sizeHint) {
        ByteBuf bson = Unpooled.buffer(sizeHint);
        try {
            BsonEncoder.encodeDocument(document, bson);
            if (bson.readableBytes() > MAX_BSON) {
                return -1;
            }
            buffer.put(BSON).put(bson.nioBuffer());
            return bson.readableBytes();
        } catch (IllegalArgumentException noBsonType) {
            return -1;
        } finally {
            bson.release();
        }
    }

    /** The tagged BSON document at the buffer's position; null, with the position unchanged, for a value in H2's format. */
    static Document readTagged(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return null;
        }
        int start = buffer.position() + 1; // after the tag
        int length = buffer.get(start) & 0xff | (buffer.get(start + 1) & 0xff) << 8
                | (buffer.get(start + 2) & 0xff) << 16 | (buffer.get(start + 3) & 0xff) << 24; // BSON's length, little-endian
        ByteBuffer bson = buffer.slice(start, length).order(ByteOrder.BIG_ENDIAN);
        buffer.position(start + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public int compare(Document a, Document b) {
        return h2Format.compare(a, b);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
