package org.lfpl.localinfra.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A non-unique (secondary) index for mongo-java-server, which accepts such indexes but ignores
 * them, so every query not on {@code _id} or a unique key reads the whole collection. This one
 * keeps, in memory, the positions of the documents per value of the index's first key and, within
 * each, ordered by the second key when that holds a number or a date; it is rebuilt from the
 * documents when the server opens the collection. It answers a condition on the first key that is
 * equality with a plain value (a string, boolean, ObjectId, UUID or date), {@code $in} such values,
 * or {@code $exists: true},
 * narrowed by a range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}) on the second key, at
 * the top of the query or in every branch of a top-level {@code $or}: a member's notifications after
 * a sequence number, the emails due by a time. A key with a dot ({@code outbox.0.eventId}) answers
 * {@code $exists: true} only, with the documents whose top-level field ({@code outbox}) holds
 * something: the outbox relay's sweep. Everything else still reads the whole collection.
 *
 * <p>The positions it gives are a superset (ranges are taken inclusively, and documents whose
 * second key is not a number or date are always included): the server still checks every
 * candidate against the whole query, so answers behave exactly as before. Positions under one
 * value of the first key come in the order of the second key ({@link OrderedPositions}), so a
 * query sorted by that key ({@link IndexedCollection}) reads only as far as its limit.
 * Positions are the documents' {@code _id}, as the H2 backend keys them.
 */
final class FirstKeyIndex extends Index<Object> {

    /** Stands for an explicit null, which {@code $exists: true} matches but equality queries here never ask for. */
    private static final Object NULL = new Object();
    /** What a document with something in the top-level field of a dotted key is indexed under. */
    private static final Object PRESENT = new Object();
    /** What documents are grouped under whose second key is missing or null: what equality with null matches, besides arrays holding null. */
    private static final Object ABSENT = new Object();
    /** What documents are grouped under whose second key is neither a number, a date, another plain value nor absent (an array, a document...). */
    private static final Object OTHER = new Object();
    private static final NavigableMap<Ordinal, Object> EMPTY = Collections.emptyNavigableMap();
    private static final Set<String> RANGE_OPERATORS = Set.of("$gt", "$gte", "$lt", "$lte");

    private final String key;
    /** For a dotted key, its top-level field ({@code outbox} of {@code outbox.0.eventId}); null otherwise. */
    private final String topField;
    private final String second;
    private final Map<Object, Entries> positions = new HashMap<>();
    private long entries;
    /** The collection indexed, known from the first document added: to see the other indexes on it. */
    private volatile AbstractMongoCollection<Object> collection;

    /**
     * The documents under one value of the first key: ordered by the second key where it is a number
     * or a date, grouped by it where it is another plain value (a registration's state), missing or
     * null under {@link #ABSENT}, the rest together under {@link #OTHER}. Kept compact (the index of
     * a busy collection holds hundreds of thousands of positions, and the server's heap is small):
     * a value of the second key maps to its one position, or to {@link Several} when documents
     * share it.
     */
    private static final class Entries {
        final NavigableMap<Ordinal, Object> ordered = new TreeMap<>();
        Map<Object, Object> unordered = Map.of();

        boolean isEmpty() {
            return ordered.isEmpty() && unordered.isEmpty();
        }

        boolean add(Ordinal ordinal, Object plain, Object position) {
            if (ordinal != null) {
                return addTo(ordered, ordinal, position);
            }
            if (unordered.isEmpty()) {
                unordered = new LinkedHashMap<>();
            }
            return addTo(unordered, plain, position);
        }

        private static <K> boolean addTo(Map<K, Object> map, K value, Object position) {
            Object there = map.putIfAbsent(value, position);
            if (there == null) {
                return true;
            }
            if (there instanceof Several several) {
                return several.add(position);
            }
            if (there.equals(position)) {
                return false;
            }
            Several several = new Several();
            several.add(there);
            several.add(position);
            map.put(value, several);
            return true;
        }

        boolean remove(Ordinal ordinal, Object plain, Object position) {
            return ordinal != null ? removeFrom(ordered, ordinal, position) : removeFrom(unordered, plain, position);
        }

        private static <K> boolean removeFrom(Map<K, Object> map, K value, Object position) {
            Object there = map.get(value);
            if (there instanceof Several several) {
                boolean removed = several.remove(position);
                if (several.isEmpty()) {
                    map.remove(value);
                }
                return removed;
            }
            return there != null && there.equals(position) && map.remove(value) != null;
        }

        void addAllTo(Collection<Object> into) {
            addAllTo(ordered.values(), into);
            addAllTo(unordered.values(), into);
        }

        static void addAllTo(Collection<Object> found, Collection<Object> into) {
            for (Object there : found) {
                addTo(there, into);
            }
        }

        /** A map's value: one position or {@link Several}; null adds nothing. */
        static void addTo(Object there, Collection<Object> into) {
            if (there instanceof Several several) {
                into.addAll(several);
            } else if (there != null) {
                into.add(there);
            }
        }

        static int sizeOf(Object there) {
            return there instanceof Several several ? several.size() : there == null ? 0 : 1;
        }

        int size() {
            return sizeOfAll(ordered.values()) + sizeOfAll(unordered.values());
        }

        /** How many positions some groups (each a position or {@link Several}) hold. */
        static int sizeOfAll(Collection<Object> groups) {
            int size = 0;
            for (Object group : groups) {
                size += sizeOf(group);
            }
            return size;
        }
    }

    /** Positions sharing one value of the second key, in the order they were added (never a document's _id: this class is private). */
    private static final class Several extends LinkedHashSet<Object> {
    }

    /** A number or a date as one ordered value; numbers sort before dates, as in MongoDB. */
    private record Ordinal(int type, double value) implements Comparable<Ordinal> {

        static Ordinal of(Object value) {
            if (value instanceof Number n) {
                return new Ordinal(0, n.doubleValue());
            }
            if (value instanceof Date d) {
                return new Ordinal(1, d.getTime());
            }
            if (value instanceof Instant i) {
                return new Ordinal(1, i.toEpochMilli());
            }
            return null;
        }

        @Override
        public int compareTo(Ordinal other) {
            return type != other.type ? Integer.compare(type, other.type) : Double.compare(value, other.value);
        }
    }

    FirstKeyIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.key = keys.get(0).getKey();
        this.topField = key.contains(".") ? key.substring(0, key.indexOf('.')) : null;
        this.second = keys.size() > 1 && !keys.get(1).getKey().contains(".") ? keys.get(1).getKey() : null;
    }

    /** The values under which a document is found: one, or each element of an array. */
    private List<Object> valuesOf(Document document) {
        if (topField != null) {
            // Nothing below an absent, null or empty field exists; anything else may (a superset).
            Object top = document.getOrMissing(topField);
            boolean empty = top == null || top instanceof Missing || top instanceof Collection<?> c && c.isEmpty()
                    || top instanceof Document d && d.isEmpty();
            return empty ? List.of() : List.of(PRESENT);
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

    private Ordinal ordinalOf(Document document) {
        return second == null ? null : Ordinal.of(document.get(second));
    }

    /** The group of a document whose second key is not a number or date: its plain value, {@link #ABSENT} or {@link #OTHER}. */
    private Object plainOf(Document document) {
        Object value = second == null ? null : document.get(second);
        return isPlainValue(value) ? value : value == null ? ABSENT : OTHER;
    }

    /** The query asks for the second key to be null (or missing), as a member's unread notifications do. */
    private boolean asksSecondAbsent(Document query) {
        return second != null && query.containsKey(second) && query.get(second) == null;
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
        if (this.collection == null && collection instanceof AbstractMongoCollection<Object> indexed) {
            this.collection = indexed;
        }
        Ordinal ordinal = ordinalOf(document);
        Object plain = plainOf(document);
        for (Object value : valuesOf(document)) {
            if (positions.computeIfAbsent(value, v -> new Entries()).add(ordinal, plain, position)) {
                entries++;
            }
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = positionOf(document);
        Ordinal ordinal = ordinalOf(document);
        Object plain = plainOf(document);
        for (Object value : valuesOf(document)) {
            Entries at = positions.get(value);
            if (at == null) {
                continue;
            }
            if (at.remove(ordinal, plain, position)) {
                entries--;
            }
            if (at.isEmpty()) {
                positions.remove(value);
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
        if (query.containsKey(key)) {
            return isAnswerable(query.get(key)) && !aSiblingNarrowsMore(query);
        }
        // {$or: [...]} where every branch names the key: the union of the branches' documents
        // (the emails and webhook deliveries due: PENDING and due, or SENDING with a lapsed lease).
        return query.get("$or") instanceof List<?> branches && !branches.isEmpty()
                && branches.stream().allMatch(b -> b instanceof Document branch && isAnswerable(branch.get(key)));
    }

    /**
     * The server asks the indexes in the order they were made and takes the first that can answer;
     * this one steps aside when another index on the same first key has, as its second key, a field
     * the query gives a range for and this one's second key has none (a member's notifications
     * after a sequence number: the index ordered by sequence, not the one ordered by date).
     */
    private boolean aSiblingNarrowsMore(Document query) {
        AbstractMongoCollection<Object> indexed = collection;
        if (indexed == null || second != null && isRange(query.get(second))) {
            return false;
        }
        for (Index<Object> other : indexed.getIndexes()) {
            if (other != this && other instanceof FirstKeyIndex sibling && sibling.key.equals(key)
                    && sibling.second != null && isRange(query.get(sibling.second))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRange(Object condition) {
        return condition instanceof Document operators && !operators.isEmpty()
                && RANGE_OPERATORS.containsAll(operators.keySet());
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        if (query.containsKey(key)) {
            return positionsFor(query);
        }
        Set<Object> union = new LinkedHashSet<>();
        for (Object branch : (List<?>) query.get("$or")) {
            union.addAll(positionsFor((Document) branch));
        }
        return union;
    }

    private Collection<Object> positionsFor(Document query) {
        Object condition = query.get(key);
        if (isExistsTrue(condition)) {
            List<Object> found = new ArrayList<>();
            positions.values().forEach(at -> at.addAllTo(found));
            return found;
        }
        if (isInPlainValues(condition)) {
            // The union of each value's documents (the email digests due: DAILY or WEEKLY).
            Set<Object> union = new LinkedHashSet<>();
            for (Object value : (Collection<?>) ((Document) condition).get("$in")) {
                union.addAll(positionsFor(new Document(query).append(key, value)));
            }
            return union;
        }
        Entries at = positions.get(condition);
        if (at == null) {
            return new OrderedPositions(second, EMPTY, List.of(), true);
        }
        Object wanted = second == null ? null : query.get(second);
        if (asksSecondAbsent(query)) {
            // Missing or null, and the documents whose second key may hold null in another shape (an array).
            return new OrderedPositions(second, EMPTY, groups(at.unordered.get(ABSENT), at.unordered.get(OTHER)), false);
        }
        if (isGroupedValue(wanted)) {
            // Equal to a string, boolean, ObjectId or UUID: that group, and the documents whose second
            // key may hold it in another shape (an array); never a number or date.
            return new OrderedPositions(second, EMPTY, groups(at.unordered.get(wanted), at.unordered.get(OTHER)), false);
        }
        NavigableMap<Ordinal, Object> range = second == null ? null : range(at.ordered, wanted);
        return new OrderedPositions(second, range == null ? at.ordered : range, at.unordered.values(),
                at.unordered.isEmpty());
    }

    /** The groups that are there (each a position or {@link Several}), in the order given. */
    private static List<Object> groups(Object... groups) {
        List<Object> there = new ArrayList<>(groups.length);
        for (Object group : groups) {
            if (group != null) {
                there.add(group);
            }
        }
        return there;
    }

    /**
     * How many documents a query of equalities on this index's keys matches, read from the index
     * alone: a plain value of the first key, optionally with a string, boolean, ObjectId or UUID for
     * the second (a symposium's waitlisted registrations) or null (a member's unread notifications:
     * missing or null), as MongoDB counts from an index without reading documents. Null when only
     * the documents can tell (any other condition, or documents whose second key is an array or a
     * document under that first value).
     */
    synchronized Long exactCount(Document query) {
        if (topField != null || !isPlainValue(query.get(key))) {
            return null;
        }
        Entries at = positions.get(query.get(key));
        if (query.size() == 1) {
            return at == null ? 0L : at.size();
        }
        boolean absent = asksSecondAbsent(query);
        if (query.size() != 2 || second == null || !absent && !isGroupedValue(query.get(second))) {
            return null;
        }
        if (at == null) {
            return 0L;
        }
        return at.unordered.containsKey(OTHER) ? null
                : (long) Entries.sizeOf(at.unordered.get(absent ? ABSENT : query.get(second)));
    }

    /** A plain value that is not a number or date: documents whose second key holds it are grouped under it. */
    private static boolean isGroupedValue(Object value) {
        return isPlainValue(value) && Ordinal.of(value) == null;
    }

    /**
     * For a query that another index on the same first key answered, this index's positions when it
     * orders them by {@code sortKey}: the server took the first index that could answer, and the
     * query's sort may be this one's order (a member's highest sequence number, where the index by
     * date came first). Null when this index cannot give that order for the query.
     */
    synchronized OrderedPositions positionsOrderedBy(String sortKey, Document query) {
        if (topField != null || !sortKey.equals(second) || !isPlainValue(query.get(key))) {
            return null;
        }
        return (OrderedPositions) positionsFor(query);
    }

    /**
     * The positions under one value of the first key, in ascending order of the second key (and,
     * within one value of it, in the order they were added); when {@code complete} is false, some
     * documents had no number or date there and come last, out of order.
     *
     * <p>A view of the index, not a copy: a query sorted by the second key with a limit reads as many
     * positions as it needs (a member's newest notification among thousands), where a copy read all of
     * them, twice when the sort was a sibling index's order (a third of this server's CPU at 100
     * notifications a second, after a day of benchmarks). So it is read only while the collection's
     * lock is held, as every query and write here is ({@code AbstractSynchronizedMongoCollection});
     * what is kept for later (a cursor's next batches) is copied first ({@link IndexedCollection}).
     */
    static final class OrderedPositions extends AbstractCollection<Object> {

        private final String orderedBy;
        /** Ordered entries: a second-key value to one position or {@link Several}. */
        private final NavigableMap<Ordinal, Object> ordered;
        /** Then, out of order, these groups (each a position or {@link Several}). */
        private final Collection<Object> rest;
        private final boolean complete;

        OrderedPositions(String orderedBy, NavigableMap<Ordinal, Object> ordered, Collection<Object> rest,
                boolean complete) {
            this.orderedBy = orderedBy;
            this.ordered = ordered;
            this.rest = rest;
            this.complete = complete;
        }

        /** 1 or -1 when a sort of {@code orderBy} is this order or its reverse; 0 when it is not. */
        int direction(Document orderBy) {
            if (orderedBy == null || !complete || orderBy == null || orderBy.size() != 1
                    || !(orderBy.get(orderedBy) instanceof Number direction)) {
                return 0;
            }
            return Integer.signum(direction.intValue());
        }

        @Override
        public Iterator<Object> iterator() {
            return inDirection(1);
        }

        /**
         * The positions ascending (1), or descending (-1): the exact reverse, the groups and the
         * positions within each group reversed, and the out-of-order rest first.
         */
        Iterator<Object> inDirection(int direction) {
            Iterator<Object> groups = direction >= 0
                    ? Stream.concat(ordered.values().stream(), rest.stream()).iterator()
                    : Stream.concat(new ArrayList<>(rest).reversed().stream(),
                            ordered.descendingMap().values().stream()).iterator();
            return new Iterator<>() {
                private Iterator<Object> within = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!within.hasNext() && groups.hasNext()) {
                        Object group = groups.next();
                        within = group instanceof Several several
                                ? (direction >= 0 ? several : several.reversed()).iterator()
                                : List.of(group).iterator();
                    }
                    return within.hasNext();
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return within.next();
                }
            };
        }

        @Override
        public boolean isEmpty() {
            return !iterator().hasNext();
        }

        @Override
        public int size() {
            return Entries.sizeOfAll(ordered.values()) + Entries.sizeOfAll(rest);
        }
    }

    /** The part of the ordered entries a range condition on the second key can match; null when it is not such a range. */
    private static NavigableMap<Ordinal, Object> range(NavigableMap<Ordinal, Object> ordered, Object condition) {
        if (!(condition instanceof Document operators) || operators.isEmpty()
                || !RANGE_OPERATORS.containsAll(operators.keySet())) {
            return null;
        }
        Ordinal low = null;
        Ordinal high = null;
        for (String operator : operators.keySet()) {
            Ordinal bound = Ordinal.of(operators.get(operator));
            if (bound == null) {
                return null;
            }
            if (operator.startsWith("$g")) {
                low = bound;
            } else {
                high = bound;
            }
        }
        if (low != null && high != null && (low.type() != high.type() || low.compareTo(high) > 0)) {
            return null;
        }
        // Inclusive at both ends, and bounded to the bound's type (numbers or dates): a superset.
        Ordinal from = low != null ? low : new Ordinal((high).type(), Double.NEGATIVE_INFINITY);
        Ordinal to = high != null ? high : new Ordinal(low.type(), Double.POSITIVE_INFINITY);
        return ordered.subMap(from, true, to, true);
    }

    private boolean isAnswerable(Object condition) {
        return topField == null && (isPlainValue(condition) || isInPlainValues(condition)) || isExistsTrue(condition);
    }

    /** {@code $in} with plain values only (a null would also match documents without the key). */
    private static boolean isInPlainValues(Object condition) {
        return condition instanceof Document operator && operator.size() == 1
                && operator.get("$in") instanceof Collection<?> values && !values.isEmpty()
                && values.stream().allMatch(FirstKeyIndex::isPlainValue);
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
