package app.kasus.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** {@link IdMap} answers as a {@link HashMap} would, through any mix of puts and removals (the removals shift runs). */
class IdMapTest {

    @Property(tries = 300)
    void behavesLikeAHashMap(@ForAll("operations") List<Tuple2<Long, Boolean>> operations) {
        IdMap<Value> map = new IdMap<>(Value::id);
        Map<Long, Value> model = new HashMap<>();
        int step = 0;
        for (Tuple2<Long, Boolean> op : operations) {
            long id = op.get1();
            Value value = new Value(id, "v" + step++);
            if (op.get2()) {
                assertThat(map.put(value)).isEqualTo(model.put(id, value));
            } else {
                assertThat(map.remove(id)).isEqualTo(model.remove(id));
            }
            assertThat(map.size()).isEqualTo(model.size());
        }
        for (long id = -5; id < 300; id++) {
            assertThat(map.get(id)).as("id %d", id).isEqualTo(model.get(id));
            assertThat(map.containsKey(id)).isEqualTo(model.containsKey(id));
        }
        assertThat(map.ids()).containsExactlyInAnyOrderElementsOf(model.keySet());
        List<Value> values = new ArrayList<>();
        map.forEachValue(values::add);
        assertThat(values).containsExactlyInAnyOrderElementsOf(model.values());
    }

    @Provide
    Arbitrary<List<Tuple2<Long, Boolean>>> operations() {
        // Few distinct ids, many operations: long probe runs, with removals inside them.
        Arbitrary<Long> ids = Arbitraries.oneOf(Arbitraries.longs().between(0, 40), Arbitraries.longs().between(0, 250));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(true)), Tuple.of(2, Arbitraries.just(false)))
                .flatMap(put -> ids.map(id -> Tuple.of(id, put))).list().ofMaxSize(400);
    }

    @Example
    void removeIfTellsEachRemovedIdAndKeepsTheRest() {
        IdMap<Value> passageOf = new IdMap<>(Value::id);
        for (long id = 1; id <= 1000; id++) {
            passageOf.put(new Value(id, "passage " + id % 7));
        }
        List<Long> removed = new ArrayList<>();
        passageOf.removeIf(v -> v.name().equals("passage 3"), removed::add);
        assertThat(removed).hasSize(143).allMatch(id -> id % 7 == 3);
        assertThat(passageOf.size()).isEqualTo(857);
        assertThat(passageOf.get(10)).as("10 lies in passage 3").isNull();
        assertThat(passageOf.containsKey(3)).isFalse();
        assertThat(passageOf.get(4)).isEqualTo(new Value(4, "passage 4"));
    }

    @Example
    void clearGivesAnEmptyMapThatFillsAgain() {
        IdMap<Value> map = new IdMap<>(Value::id);
        for (long id = 0; id < 5000; id++) {
            map.put(new Value(id, "x"));
        }
        map.clear();
        assertThat(map.size()).isZero();
        assertThat(map.get(42)).isNull();
        map.put(new Value(42, "y"));
        assertThat(map.get(42)).isEqualTo(new Value(42, "y"));
        assertThat(map.ids()).containsExactly(42L);
    }

    /** A value that carries its id, as the view's codings do. */
    private record Value(long id, String name) {
    }
}
