package app.kasus.review;

import app.kasus.annotation.AnnotationData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where chosen coders differ, passage by passage (INCEpTION's curation screen is the model). Spans that agree in
 * passage, start, end, code, actor, addressee and stage form one {@link Unit}; a unit is agreed when every chosen coder
 * has it. A passage is listed when any of its units is not agreed, and on request also when all agree but some
 * agreed span is not yet gold, so that accepting everything agreed has something to do. Pure: no database, no user.
 */
public final class Disagreements {

    private Disagreements() {
    }

    /** What makes two spans "the same" for adjudication; valence, date and note do not count. */
    public record UnitKey(long passageId, int start, int end, String code, String actor, String addressee, int stage) {

        public static UnitKey of(AnnotationData a) {
            return new UnitKey(a.passageId(), a.start(), a.end(), a.code(), a.actor(), a.addressee(), a.stage());
        }
    }

    /**
     * One candidate span: the annotations of each coder that have it (a coder may have stored it twice), whether all
     * chosen coders have it, and the gold span it already is, if any.
     */
    public record Unit(UnitKey key, String quote, Map<String, List<AnnotationData>> byCoder, boolean agreed,
                       AnnotationData gold) {

        public boolean inGold() {
            return gold != null;
        }

        /** The annotation to copy into gold for this unit: the first chosen coder's. */
        public AnnotationData representative() {
            return byCoder.values().iterator().next().get(0);
        }

        public boolean codedBy(String coder) {
            return byCoder.containsKey(coder);
        }
    }

    /** One listed passage: its units in text order and its current gold spans. */
    public record PassageReview(long passageId, List<Unit> units, List<AnnotationData> gold) {

        public boolean differs() {
            return units.stream().anyMatch(u -> !u.agreed());
        }

        /** The units this coder has, in text order. */
        public List<Unit> unitsOf(String coder) {
            return units.stream().filter(u -> u.codedBy(coder)).toList();
        }
    }

    /**
     * {@code code}: consider only spans of this code (null: all). {@code withPendingAgreement}: list also passages
     * where the coders agree but an agreed span is not gold yet.
     */
    public record Options(String code, boolean withPendingAgreement) {

        public static final Options DIFFERENCES = new Options(null, false);
    }

    /**
     * The passages to review, in {@code passageOrder}. {@code coding} may hold annotations of other coders; only the
     * chosen ones count. {@code gold}: the case's gold spans.
     */
    public static List<PassageReview> compare(List<Long> passageOrder, List<String> coders,
                                              Collection<AnnotationData> coding, Collection<AnnotationData> gold,
                                              Options options) {
        Set<String> chosen = Set.copyOf(coders);
        Map<Long, List<AnnotationData>> codingByPassage = coding.stream()
                .filter(a -> !a.gold() && chosen.contains(a.author()))
                .filter(a -> options.code() == null || options.code().equals(a.code()))
                .collect(Collectors.groupingBy(AnnotationData::passageId));
        Map<Long, List<AnnotationData>> goldByPassage = gold.stream()
                .collect(Collectors.groupingBy(AnnotationData::passageId));
        List<PassageReview> listed = new ArrayList<>();
        for (long passageId : passageOrder) {
            List<AnnotationData> spans = codingByPassage.getOrDefault(passageId, List.of());
            List<AnnotationData> passageGold = goldByPassage.getOrDefault(passageId, List.of()).stream()
                    .sorted(Disagreements::inTextOrder).toList();
            List<Unit> units = units(spans, coders, passageGold);
            boolean differs = units.stream().anyMatch(u -> !u.agreed());
            boolean pending = units.stream().anyMatch(u -> u.agreed() && !u.inGold());
            if (differs || options.withPendingAgreement() && pending) {
                listed.add(new PassageReview(passageId, units, passageGold));
            }
        }
        return listed;
    }

    /** The annotations to copy into gold for every agreed unit that is not gold yet, one per unit. */
    public static List<Long> agreedNotInGold(List<PassageReview> passages) {
        return passages.stream().flatMap(p -> p.units().stream())
                .filter(u -> u.agreed() && !u.inGold())
                .map(u -> u.representative().id())
                .toList();
    }

    private static List<Unit> units(List<AnnotationData> spans, List<String> coders, List<AnnotationData> gold) {
        Map<UnitKey, List<AnnotationData>> grouped = spans.stream().sorted(Disagreements::inTextOrder)
                .collect(Collectors.groupingBy(UnitKey::of, LinkedHashMap::new, Collectors.toList()));
        List<Unit> units = new ArrayList<>();
        grouped.forEach((key, annotations) -> {
            Map<String, List<AnnotationData>> byCoder = new LinkedHashMap<>();
            for (String coder : coders) {
                List<AnnotationData> own = annotations.stream().filter(a -> a.author().equals(coder)).toList();
                if (!own.isEmpty()) {
                    byCoder.put(coder, own);
                }
            }
            boolean agreed = byCoder.size() == coders.size();
            units.add(new Unit(key, annotations.get(0).quote(), byCoder,
                    agreed, goldFor(key, annotations, gold)));
        });
        return units;
    }

    private static AnnotationData goldFor(UnitKey key, List<AnnotationData> annotations, List<AnnotationData> gold) {
        Set<Long> ids = annotations.stream().map(AnnotationData::id).collect(Collectors.toSet());
        return gold.stream()
                .filter(g -> key.equals(UnitKey.of(g)) || g.acceptedFrom() != null && ids.contains(g.acceptedFrom()))
                .findFirst().orElse(null);
    }

    private static int inTextOrder(AnnotationData a, AnnotationData b) {
        int c = Integer.compare(a.start(), b.start());
        if (c == 0) {
            c = Integer.compare(a.end(), b.end());
        }
        if (c == 0) {
            c = Objects.compare(a.code(), b.code(), String::compareTo);
        }
        return c != 0 ? c : Long.compare(a.id(), b.id());
    }
}
