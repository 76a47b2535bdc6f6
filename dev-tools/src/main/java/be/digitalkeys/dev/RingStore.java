package be.digitalkeys.dev;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * An in-memory list that keeps only the newest {@code capacity} entries and hands out increasing
 * ids (never reused, also not after {@link #clear()}). Thread-safe: SMTP and HTTP threads share it.
 */
final class RingStore<T> {

    private final int capacity;
    private final Deque<Entry<T>> entries = new ArrayDeque<>();
    private long lastId;

    private record Entry<T>(long id, T value) {
    }

    RingStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** Stores the value the factory builds for the next id, dropping the oldest entry when full. */
    synchronized T add(LongFunction<T> factory) {
        long id = ++lastId;
        T value = factory.apply(id);
        entries.addLast(new Entry<>(id, value));
        while (entries.size() > capacity) {
            entries.removeFirst();
        }
        return value;
    }

    /** A snapshot, newest first. */
    synchronized List<T> newestFirst() {
        List<T> out = new ArrayList<>(entries.size());
        entries.descendingIterator().forEachRemaining(e -> out.add(e.value()));
        return out;
    }

    synchronized Optional<T> get(long id) {
        return entries.stream().filter(e -> e.id() == id).map(Entry::value).findFirst();
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
    }
}
