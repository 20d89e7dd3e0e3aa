package app.kasus.annotation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Values by the {@code long} id each carries, kept in one array (open addressing, linear probing) instead of an entry
 * object and a boxed key per value; the id is read from the value, not stored beside it. A reading view of a group's
 * layer keeps thousands of others' codings by id; as a {@code LinkedHashMap<Long, …>} the entries and keys alone were
 * 328 KB of a 2.1 MB view, an array of ids beside the values 64 KB (issue 10). Not thread-safe: a view's state, used
 * under its UI's lock. Iteration order is the table's, not insertion order.
 */
final class IdMap<V> {

    private static final int MIN_CAPACITY = 16;

    private final ToLongFunction<? super V> idOf;
    /** Null marks a free slot, so values are never null. */
    private Object[] values = new Object[MIN_CAPACITY];
    private int size;

    IdMap(ToLongFunction<? super V> idOf) {
        this.idOf = idOf;
    }

    int size() {
        return size;
    }

    boolean containsKey(long id) {
        return values[slotOf(id)] != null;
    }

    @SuppressWarnings("unchecked")
    V get(long id) {
        return (V) values[slotOf(id)];
    }

    /** Answers the value with the same id before, or null. */
    @SuppressWarnings("unchecked")
    V put(V value) {
        if (value == null) {
            throw new IllegalArgumentException("no null values: null marks a free slot");
        }
        long id = idOf.applyAsLong(value);
        int slot = slotOf(id);
        V before = (V) values[slot];
        if (before == null) {
            if ((size + 1) * 4 > values.length * 3) {
                resize(values.length * 2);
                slot = slotOf(id);
            }
            size++;
        }
        values[slot] = value;
        return before;
    }

    /** Answers the value removed, or null when the id had none. */
    @SuppressWarnings("unchecked")
    V remove(long id) {
        int slot = slotOf(id);
        V before = (V) values[slot];
        if (before == null) {
            return null;
        }
        values[slot] = null;
        size--;
        closeGapAt(slot);
        return before;
    }

    /** Empties the map and gives back its memory: a view reloading its layer fills it anew. */
    void clear() {
        values = new Object[MIN_CAPACITY];
        size = 0;
    }

    @SuppressWarnings("unchecked")
    void forEachValue(Consumer<? super V> action) {
        for (Object value : values) {
            if (value != null) {
                action.accept((V) value);
            }
        }
    }

    List<Long> ids() {
        List<Long> all = new ArrayList<>(size);
        for (int slot = 0; slot < values.length; slot++) {
            if (values[slot] != null) {
                all.add(idAt(slot));
            }
        }
        return all;
    }

    /** Removes every value the test accepts, telling {@code removed} each id. */
    @SuppressWarnings("unchecked")
    void removeIf(Predicate<? super V> test, LongConsumer removed) {
        long[] doomed = new long[size];
        int n = 0;
        for (int slot = 0; slot < values.length; slot++) {
            if (values[slot] != null && test.test((V) values[slot])) {
                doomed[n++] = idAt(slot);
            }
        }
        for (int i = 0; i < n; i++) {
            remove(doomed[i]);
            removed.accept(doomed[i]);
        }
    }

    /** The id's slot, or the free slot where it would go. */
    private int slotOf(long id) {
        int mask = values.length - 1;
        int slot = spread(id) & mask;
        while (values[slot] != null && idAt(slot) != id) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Ids come in runs (a database sequence): spread them so neighbours do not share a probe run. */
    private static int spread(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /**
     * Backward-shift deletion: moves later members of the probe run into the freed slot where their own home allows,
     * so a lookup never stops early at a gap.
     */
    private void closeGapAt(int gap) {
        int mask = values.length - 1;
        int slot = gap;
        while (true) {
            slot = (slot + 1) & mask;
            if (values[slot] == null) {
                return;
            }
            int home = spread(idAt(slot)) & mask;
            // The member may move into the gap unless its home lies cyclically in (gap, slot].
            boolean homeBetween = gap <= slot ? gap < home && home <= slot : gap < home || home <= slot;
            if (!homeBetween) {
                values[gap] = values[slot];
                values[slot] = null;
                gap = slot;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private long idAt(int slot) {
        return idOf.applyAsLong((V) values[slot]);
    }

    @SuppressWarnings("unchecked")
    private void resize(int capacity) {
        Object[] oldValues = values;
        values = new Object[capacity];
        for (Object value : oldValues) {
            if (value != null) {
                values[slotOf(idOf.applyAsLong((V) value))] = value;
            }
        }
    }
}
