package app.kasus.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.AnnotationData;
import app.kasus.review.Disagreements.Options;
import app.kasus.review.Disagreements.PassageReview;
import app.kasus.review.Disagreements.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Disagreements on constructed codings of three passages by the coders ana, budi and citra. */
class DisagreementsTest {

    private static final List<Long> PASSAGES = List.of(1L, 2L, 3L);

    private long nextId = 100;
    private final List<AnnotationData> coding = new ArrayList<>();
    private final List<AnnotationData> gold = new ArrayList<>();

    private AnnotationData span(String coder, long passage, int start, int end, String code, String actor,
                                String addressee, int stage) {
        AnnotationData a = new AnnotationData(nextId++, 7, passage, start, end, "q" + start + "-" + end, code, actor,
                addressee, stage, null, null, null, null, coder, 0, null, null, false, null);
        coding.add(a);
        return a;
    }

    private AnnotationData span(String coder, long passage, int start, int end, String code) {
        return span(coder, passage, start, end, code, "US", "DPRK", 1);
    }

    private AnnotationData goldSpan(long passage, int start, int end, String code, Long acceptedFrom) {
        AnnotationData g = new AnnotationData(nextId++, 7, passage, start, end, "g", code, "US", "DPRK", 1, null, null,
                null, null, "teacher", 0, null, null, true, acceptedFrom);
        gold.add(g);
        return g;
    }

    private List<PassageReview> compare(List<String> coders, Options options) {
        return Disagreements.compare(PASSAGES, coders, coding, gold, options);
    }

    @Test
    void identicalSpansOfAllCodersAreOneAgreedUnitAndTheirPassageIsNotListed() {
        span("ana", 1, 0, 5, "concession");
        span("budi", 1, 0, 5, "concession");

        assertThat(compare(List.of("ana", "budi"), Options.DIFFERENCES)).isEmpty();

        List<PassageReview> pending = compare(List.of("ana", "budi"), new Options(null, true));
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).units()).singleElement().satisfies(u -> {
            assertThat(u.agreed()).isTrue();
            assertThat(u.byCoder()).containsOnlyKeys("ana", "budi");
            assertThat(u.inGold()).isFalse();
        });
        assertThat(pending.get(0).differs()).isFalse();
    }

    @Test
    void aDifferenceInAnyComparedFieldSplitsTheUnit() {
        span("ana", 1, 0, 5, "concession", "US", "DPRK", 1);
        span("budi", 1, 0, 5, "demand", "US", "DPRK", 1);     // code
        span("ana", 2, 0, 5, "signal", "US", "DPRK", 1);
        span("budi", 2, 0, 5, "signal", "DPRK", "US", 1);     // actor and addressee
        span("ana", 3, 0, 5, "signal", "US", "DPRK", 1);
        span("budi", 3, 0, 5, "signal", "US", "DPRK", 2);     // stage
        span("budi", 3, 10, 20, "signal", "US", "DPRK", 1);   // only budi
        span("ana", 3, 10, 21, "signal", "US", "DPRK", 1);    // span end

        List<PassageReview> listed = compare(List.of("ana", "budi"), Options.DIFFERENCES);

        assertThat(listed).extracting(PassageReview::passageId).containsExactly(1L, 2L, 3L);
        assertThat(listed).allSatisfy(p -> assertThat(p.units()).noneMatch(Unit::agreed));
        assertThat(listed.get(0).units()).hasSize(2);
        assertThat(listed.get(2).units()).hasSize(4);
        assertThat(listed.get(2).unitsOf("ana")).extracting(u -> u.key().end()).containsExactly(5, 21);
        assertThat(listed.get(2).unitsOf("budi")).extracting(u -> u.key().stage()).containsExactly(2, 1);
    }

    @Test
    void valenceDateAndNoteDoNotCountAndAnUnchosenCoderIsIgnored() {
        AnnotationData ana = span("ana", 1, 0, 5, "signal");
        coding.add(new AnnotationData(nextId++, 7, 1, 0, 5, "q", "signal", "US", "DPRK", 1, "positive", null,
                "a note", null, "budi", 0, null, null, false, null));
        span("citra", 1, 3, 9, "demand");

        assertThat(compare(List.of("ana", "budi"), Options.DIFFERENCES)).isEmpty();
        List<PassageReview> withCitra = compare(List.of("ana", "budi", "citra"), Options.DIFFERENCES);
        assertThat(withCitra).singleElement().satisfies(p -> {
            assertThat(p.units()).hasSize(2).noneMatch(Unit::agreed);
            assertThat(p.units().get(0).representative()).isEqualTo(ana);
        });
    }

    @Test
    void agreementNeedsEveryChosenCoderNotJustTwo() {
        span("ana", 1, 0, 5, "concession");
        span("budi", 1, 0, 5, "concession");

        List<PassageReview> listed = compare(List.of("ana", "budi", "citra"), Options.DIFFERENCES);

        assertThat(listed).singleElement().satisfies(p ->
                assertThat(p.units()).singleElement().satisfies(u -> {
                    assertThat(u.agreed()).isFalse();
                    assertThat(u.byCoder()).containsOnlyKeys("ana", "budi");
                }));
    }

    @Test
    void unitsAreMarkedGoldByTheirSpanOrByWhereTheGoldWasAcceptedFrom() {
        span("ana", 1, 0, 5, "concession");
        span("budi", 1, 0, 5, "concession");
        AnnotationData anaDemand = span("ana", 2, 0, 5, "demand");
        span("budi", 2, 6, 9, "demand");
        AnnotationData same = goldSpan(1, 0, 5, "concession", null);
        // Accepted from ana's demand and then corrected in gold: still ana's span taken care of.
        AnnotationData corrected = goldSpan(2, 0, 6, "signal", anaDemand.id());

        List<PassageReview> listed = compare(List.of("ana", "budi"), new Options(null, true));

        assertThat(listed).extracting(PassageReview::passageId).containsExactly(2L);
        PassageReview second = listed.get(0);
        assertThat(second.gold()).containsExactly(corrected);
        assertThat(second.unitsOf("ana")).singleElement().satisfies(u -> assertThat(u.gold()).isEqualTo(corrected));
        assertThat(second.unitsOf("budi")).singleElement().satisfies(u -> assertThat(u.inGold()).isFalse());
        assertThat(Disagreements.agreedNotInGold(compare(List.of("ana", "budi"), new Options(null, true)))).isEmpty();
        assertThat(same.gold()).isTrue();
    }

    @Test
    void acceptAllAgreedNamesOneAnnotationPerAgreedUnitNotYetGold() {
        AnnotationData first = span("ana", 1, 0, 5, "concession");
        span("budi", 1, 0, 5, "concession");
        AnnotationData second = span("budi", 3, 2, 4, "demand");
        span("ana", 3, 2, 4, "demand");
        span("ana", 3, 2, 4, "demand");                        // ana stored it twice: still one unit
        span("ana", 2, 0, 5, "signal");
        span("budi", 1, 10, 12, "signal");
        goldSpan(2, 0, 5, "signal", null);

        List<PassageReview> all = compare(List.of("ana", "budi"), new Options(null, true));

        assertThat(Disagreements.agreedNotInGold(all)).containsExactly(first.id(), second.id() + 1);
        assertThat(all.get(2).units()).singleElement().satisfies(u -> assertThat(u.byCoder().get("ana")).hasSize(2));
    }

    @Test
    void theCodeFilterConsidersOnlySpansOfThatCode() {
        span("ana", 1, 0, 5, "concession");
        span("budi", 1, 0, 5, "concession");
        span("ana", 1, 7, 9, "demand");
        span("ana", 2, 0, 5, "signal");

        assertThat(compare(List.of("ana", "budi"), new Options("concession", false))).isEmpty();
        assertThat(compare(List.of("ana", "budi"), new Options("demand", false)))
                .extracting(PassageReview::passageId).containsExactly(1L);
        assertThat(compare(List.of("ana", "budi"), Options.DIFFERENCES))
                .extracting(PassageReview::passageId).containsExactly(1L, 2L);
    }

    @Test
    void aSingleCoderAgreesWithThemselvesSoOnlyPendingSpansAreListed() {
        span("ana", 2, 0, 5, "signal");
        span("ana", 3, 0, 5, "signal");
        goldSpan(3, 0, 5, "signal", null);

        assertThat(compare(List.of("ana"), Options.DIFFERENCES)).isEmpty();
        assertThat(compare(List.of("ana"), new Options(null, true)))
                .extracting(PassageReview::passageId).containsExactly(2L);
    }
}
