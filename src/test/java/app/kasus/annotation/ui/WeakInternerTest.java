package app.kasus.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/** The interner shares equal values and keeps none alive that nothing else holds. */
class WeakInternerTest {

    private final WeakInterner<String> interner = new WeakInterner<>();

    @Test
    void equalValuesAreOneInstance() {
        String first = interner.intern(new String("student1"));
        String second = interner.intern(new String("student1"));

        assertThat(second).isSameAs(first);
        assertThat(interner.intern(new String("student2"))).isNotSameAs(first);
    }

    @Test
    void aValueNothingElseHoldsIsCollected() {
        WeakReference<String> held = new WeakReference<>(interner.intern(new String("gone when unread")));
        for (int i = 0; i < 50 && held.get() != null; i++) {
            System.gc();
        }
        assertThat(held.get()).as("the interner alone kept the value alive").isNull();
        assertThat(interner.intern(new String("gone when unread"))).isEqualTo("gone when unread");
    }
}
