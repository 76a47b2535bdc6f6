package be.digitalkeys.organisation.store;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

/**
 * Insert-if-absent for rows with a unique key, safe under concurrency: read; if absent, insert in a
 * {@link SeparateTransaction}; if that fails, re-read (a concurrent insert won) and only rethrow
 * when the row is still absent. Committed and uncommitted readers see one row either way.
 */
final class UniqueInserts {

    /** The row, and whether this call created it. */
    record Outcome<E>(E row, boolean created) {
    }

    private final SeparateTransaction separate;

    UniqueInserts(SeparateTransaction separate) {
        this.separate = separate;
    }

    <E> Outcome<E> insertOnce(Supplier<Optional<E>> find, Consumer<EntityManager> insert) {
        Optional<E> existing = find.get();
        if (existing.isPresent()) {
            return new Outcome<>(existing.get(), false);
        }
        RuntimeException failure = null;
        try {
            separate.run(insert);
        } catch (RuntimeException e) {
            failure = e;
        }
        Optional<E> now = find.get();
        if (now.isPresent()) {
            return new Outcome<>(now.get(), failure == null);
        }
        throw failure != null ? failure : new IllegalStateException("Row inserted in a separate transaction is not visible");
    }
}
