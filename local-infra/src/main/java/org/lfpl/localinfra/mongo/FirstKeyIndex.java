package org.lfpl.localinfra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A non-unique (secondary) index for mongo-java-server, which accepts such indexes but ignores
 * them, so every query not on {@code _id} or a unique key reads the whole collection. This one
 * keeps, in memory, the positions of the documents per value of the index's first key, and is
 * rebuilt from the documents when the server opens the collection. It answers two kinds of
 * condition on that key: equality with a plain value (a string, boolean, ObjectId, UUID or date)
 * and {@code $exists: true}, at the top of the query or in every branch of a top-level
 * {@code $or}. Everything else, and keys with a dot, still reads the whole collection.
 *
 * <p>The positions it gives are a superset: the server still checks every candidate against the
 * whole query, so the remaining keys of a compound index, sorting and the other conditions behave
 * exactly as before. Positions are the documents' {@code _id}, as the H2 backend keys them.
 */
final class FirstKeyIndex extends Index<Object> {

    /** Stands for an explicit null, which {@code $exists: true} matches but equality queries here never ask for. */
    private static final Object NULL = new Object();

    private final String key;
    private final Map<Object, Set<Object>> positions = new HashMap<>();
    private long entries;

    FirstKeyIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.key = keys.get(0).getKey();
    }

    private boolean indexable() {
        return !key.contains(".");
    }

    /** The values under which a document is found: one, or each element of an array. */
    private List<Object> valuesOf(Document document) {
        if (!indexable()) {
            return List.of();
        }
        Object value = document.getOrMissing(key);
        if (value instanceof Missing) {
            return List.of();
        }
        if (value instanceof Collection<?> elements) {
            List<Object> values = new ArrayList<>();
            for (Object element : elements) {
                values.add(element == null ? NULL : element);
            }
            return values;
        }
        return List.of(value == null ? NULL : value);
    }

    private static Object positionOf(Document document) {
        return Missing.ofNullable(document.get("_id"));
    }

    @Override
    public synchronized Object getPosition(Document document) {
        return null; // not unique: a document is not found by its key alone
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // any number of documents may share a value
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        for (Object value : valuesOf(document)) {
            if (positions.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(position)) {
                entries++;
            }
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = positionOf(document);
        for (Object value : valuesOf(document)) {
            Set<Object> at = positions.get(value);
            if (at != null && at.remove(position)) {
                entries--;
                if (at.isEmpty()) {
                    positions.remove(value);
                }
            }
        }
        return position; // the collection checks that every index names the same document
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // nothing to violate
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        if (!indexable()) {
            return false;
        }
        if (query.containsKey(key)) {
            return isAnswerable(query.get(key));
        }
        // {$or: [...]} where every branch names the key: the union of the branches' documents
        // (the emails and webhook deliveries due: PENDING and due, or SENDING with a lapsed lease).
        return query.get("$or") instanceof List<?> branches && !branches.isEmpty()
                && branches.stream().allMatch(b -> b instanceof Document branch && isAnswerable(branch.get(key)));
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        if (query.containsKey(key)) {
            return positionsFor(query.get(key));
        }
        Set<Object> union = new LinkedHashSet<>();
        for (Object branch : (List<?>) query.get("$or")) {
            union.addAll(positionsFor(((Document) branch).get(key)));
        }
        return union;
    }

    private Collection<Object> positionsFor(Object condition) {
        if (isExistsTrue(condition)) {
            Set<Object> all = new LinkedHashSet<>();
            positions.values().forEach(all::addAll);
            return all;
        }
        Set<Object> at = positions.get(condition);
        return at == null ? List.of() : List.copyOf(at);
    }

    private static boolean isAnswerable(Object condition) {
        return isPlainValue(condition) || isExistsTrue(condition);
    }

    /** Values whose equality in Java is their equality in MongoDB (numbers are not: 5 and 5L match there). */
    private static boolean isPlainValue(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof ObjectId
                || value instanceof UUID || value instanceof Date || value instanceof Instant;
    }

    private static boolean isExistsTrue(Object condition) {
        return condition instanceof Document operator && operator.size() == 1
                && Utils.isTrue(operator.get("$exists"));
    }

    @Override
    public synchronized long getCount() {
        return entries;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        positions.clear();
        entries = 0;
    }
}
