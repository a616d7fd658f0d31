package org.lfpl.localinfra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire server opens its store once more when H2 fails while the stored collections are read,
 * on the same file (so the failed store must have let go of it), and hides nothing else.
 */
class OpeningTheStoreTest {

    @TempDir
    Path dir;

    private final List<MVStore> opened = new ArrayList<>();

    private Supplier<MVStore> stores() {
        String file = dir.resolve("lfpl.mv").toString();
        return () -> {
            MVStore store = new MVStore.Builder().fileName(file).open();
            opened.add(store);
            return store;
        };
    }

    private static MVStoreException chunkNotFound() {
        return DataUtils.newMVStoreException(DataUtils.ERROR_CHUNK_NOT_FOUND, "Chunk {0} not found", 5292);
    }

    @Test
    void a_store_that_fails_while_its_collections_are_read_is_closed_and_opened_once_more() {
        AtomicInteger attempts = new AtomicInteger();

        String backend = IndexedH2Backend.openedOnceMore(stores(), store -> {
            if (attempts.incrementAndGet() == 1) {
                throw chunkNotFound();
            }
            store.openMap("notifications").put("n1", "read");
            return "backend over a store holding " + store.getMapNames();
        });

        assertThat(backend).isEqualTo("backend over a store holding [notifications]");
        assertThat(opened).hasSize(2);
        assertThat(opened.get(0).isClosed()).isTrue();
        assertThat(opened.get(1).isClosed()).isFalse();
        opened.get(1).close();
    }

    @Test
    void a_second_failure_is_thrown_with_the_first_attached_and_both_stores_closed() {
        MVStoreException first = chunkNotFound();
        MVStoreException second = chunkNotFound();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> IndexedH2Backend.openedOnceMore(stores(), store -> {
            throw attempts.incrementAndGet() == 1 ? first : second;
        })).isSameAs(second).satisfies(thrown -> assertThat(thrown.getSuppressed()).containsExactly(first));

        assertThat(opened).hasSize(2).allMatch(MVStore::isClosed);
    }

    @Test
    void a_failure_that_is_not_the_store_is_thrown_at_once_and_its_store_closed() {
        IllegalStateException notTheStore = new IllegalStateException("a collection's index options cannot be read");

        assertThatThrownBy(() -> IndexedH2Backend.openedOnceMore(stores(), store -> {
            throw notTheStore;
        })).isSameAs(notTheStore);

        assertThat(opened).hasSize(1).allMatch(MVStore::isClosed);
    }
}
