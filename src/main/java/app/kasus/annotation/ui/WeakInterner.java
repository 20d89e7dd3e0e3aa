package app.kasus.annotation.ui;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One shared instance per distinct value, for as long as anything still holds it. The open views of a seminar show
 * the same groupmates' coding, each as thousands of immutable records: shared, a view pays for its references only,
 * and a value no view holds any more is collected with its entry.
 */
final class WeakInterner<T> {

    private final Map<T, WeakReference<T>> shared = new WeakHashMap<>();

    /** The instance equal to {@code value} that is already shared, or {@code value}, which is shared from now on. */
    synchronized T intern(T value) {
        WeakReference<T> kept = shared.get(value);
        T same = kept == null ? null : kept.get();
        if (same != null) {
            return same;
        }
        shared.put(value, new WeakReference<>(value));
        return value;
    }
}
