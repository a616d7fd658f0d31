package org.lfpl.localinfra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the first-key index gives a query: the positions of one member's documents in the order of
 * the second key, read from the index as the query walks them (a member's newest notification
 * among thousands is one step, not a copy of all of them), forwards or backwards.
 */
class FirstKeyIndexTest {

    private final FirstKeyIndex bySequence = new FirstKeyIndex("recipient_in_order",
            List.of(new IndexKey("recipientId", true), new IndexKey("seq", true)), false);

    private void add(String id, String recipient, Object seq) {
        Document notification = new Document("_id", id).append("recipientId", recipient);
        if (seq != null) {
            notification.append("seq", seq);
        }
        bySequence.add(notification, id, null);
    }

    private FirstKeyIndex.OrderedPositions positionsOf(String recipient) {
        return (FirstKeyIndex.OrderedPositions) bySequence.getPositions(new Document("recipientId", recipient));
    }

    private static List<Object> all(Iterator<Object> positions) {
        List<Object> read = new ArrayList<>();
        positions.forEachRemaining(read::add);
        return read;
    }

    @Test
    void a_members_positions_are_read_from_the_index_as_the_query_walks_them_not_copied_first() {
        for (int seq = 1; seq <= 2_000; seq++) {
            add("n" + seq, seq % 2 == 0 ? "member" : "other", (long) seq);
        }
        FirstKeyIndex.OrderedPositions positions = positionsOf("member");
        // What a query sees is the index itself (under the collection's lock nothing changes it
        // meanwhile): a document added after the positions were asked for is among them.
        add("n2002", "member", 2_002L);

        Iterator<Object> newestFirst = positions.inDirection(-1);
        assertThat(newestFirst.next()).isEqualTo("n2002");
        assertThat(newestFirst.next()).isEqualTo("n2000");
        assertThat(positions.inDirection(1).next()).isEqualTo("n2");
        assertThat(positions).hasSize(1_001).doesNotContain("n1", "n1999");
        assertThat(positions.direction(new Document("seq", -1))).isEqualTo(-1);
        assertThat(positions.direction(new Document("createdAt", -1))).as("not this index's order").isZero();
        assertThat(positionsOf("nobody")).isEmpty();
    }

    @Test
    void read_backwards_the_positions_are_the_exact_reverse_shared_numbers_and_unnumbered_documents_included() {
        add("a", "member", 3L);
        add("b", "member", 1L);
        add("c", "member", 3L); // shares 3 with a: after a, as added
        add("d", "member", 2.0);
        add("e", "member", "not a number"); // out of order: last
        add("f", "member", null);
        add("g", "member", 1L);

        FirstKeyIndex.OrderedPositions positions = positionsOf("member");
        List<Object> forwards = all(positions.inDirection(1));
        assertThat(forwards).containsExactly("b", "g", "d", "a", "c", "e", "f");
        assertThat(all(positions.inDirection(-1))).isEqualTo(forwards.reversed());
        assertThat(positions.direction(new Document("seq", 1))).as("some documents are not numbered: no index order")
                .isZero();

        bySequence.remove(new Document("_id", "e").append("recipientId", "member").append("seq", "not a number"));
        bySequence.remove(new Document("_id", "f").append("recipientId", "member"));
        bySequence.remove(new Document("_id", "a").append("recipientId", "member").append("seq", 3L));
        FirstKeyIndex.OrderedPositions numbered = positionsOf("member");
        assertThat(all(numbered.inDirection(-1))).containsExactly("c", "d", "g", "b");
        assertThat(numbered.direction(new Document("seq", -1))).isEqualTo(-1);
    }
}
