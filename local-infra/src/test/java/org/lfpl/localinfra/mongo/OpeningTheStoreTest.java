package org.lfpl.localinfra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the wire server reads its stored collections at start-up, H2 may compact the file under it:
 * the read holds its version, so the pages it reads are not freed. It opens the store once more
 * when H2 fails all the same, on the same file (so the failed store must have let go of it), and
 * hides nothing else.
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

    @Test
    void a_read_that_holds_its_version_outlives_the_compaction_that_frees_its_chunks() {
        MVStore store = sparseStoreThatFreesAtOnce();

        assertThat(IndexedH2Backend.readingOneVersion(store, readWhileCompacting())).isEqualTo(2_000);
        store.close();
    }

    @Test
    void a_read_that_does_not_hold_its_version_finds_its_chunks_gone() {
        MVStore store = sparseStoreThatFreesAtOnce();

        assertThatThrownBy(() -> readWhileCompacting().apply(store))
                .isInstanceOf(MVStoreException.class)
                .satisfies(thrown -> assertThat(((MVStoreException) thrown).getErrorCode())
                        .isEqualTo(DataUtils.ERROR_CHUNK_NOT_FOUND));
        store.close();
    }

    /**
     * 20,000 documents written in 40 chunks, nine in ten removed, reopened with no page cache (every
     * page read from the file) and nothing retained: H2 frees a chunk as soon as no version in use
     * needs it, which the 45 s retention time only postpones on a slow start.
     */
    private MVStore sparseStoreThatFreesAtOnce() {
        String file = dir.resolve("sparse.mv").toString();
        MVStore writing = new MVStore.Builder().fileName(file).autoCommitDisabled().open();
        MVMap<Integer, String> documents = writing.openMap("documents");
        for (int chunk = 0; chunk < 40; chunk++) {
            for (int i = 0; i < 500; i++) {
                documents.put(chunk * 500 + i, "a stored document ".repeat(10));
            }
            writing.commit();
        }
        for (int i = 0; i < 20_000; i++) {
            if (i % 10 != 0) {
                documents.remove(i);
            }
        }
        writing.close();
        MVStore store = new MVStore.Builder().fileName(file).autoCommitDisabled().cacheSize(0).open();
        store.setRetentionTime(0);
        store.setVersionsToKeep(0);
        return store;
    }

    /** Reads 100 documents, lets H2 compact and commit as its background writer would, reads the rest. */
    private static Function<MVStore, Integer> readWhileCompacting() {
        return store -> {
            MVMap<Integer, String> documents = store.openMap("documents");
            Iterator<Integer> reading = documents.keyIterator(null);
            int read = 0;
            while (reading.hasNext() && read < 100) {
                reading.next();
                read++;
            }
            MVMap<String, String> written = store.openMap("written meanwhile");
            for (int round = 0; round < 5; round++) {
                store.compact(100, Integer.MAX_VALUE);
                written.put("round " + round, "a write");
                store.commit();
            }
            store.compactFile(10_000);
            while (reading.hasNext()) {
                reading.next();
                read++;
            }
            return read;
        };
    }
}
