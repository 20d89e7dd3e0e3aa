package app.kasus.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MajorityVoteTest {

    private static final List<String> THREE = List.of("ana", "budi", "citra");

    private long nextId = 100;

    /** A stage-1 concession toward the US in passage {@code passage} (its ordinal too). */
    private CodedSpan span(String author, long passage, int start, int end, String code, String actor) {
        return span(nextId++, author, passage, start, end, code, actor);
    }

    private static CodedSpan span(long id, String author, long passage, int start, int end, String code,
                                  String actor) {
        CodedSpan.Kind kind = code.equals("demand") ? CodedSpan.Kind.DEMAND : CodedSpan.Kind.CONCESSION;
        return new CodedSpan(id, passage, (int) passage, start, end, kind, code, actor, "US", 1, null, null,
                null, author);
    }

    @Test
    void twoOfThreeOnOverlappingSpansAgree() {
        CodedSpan ana = span(12, "ana", 1, 10, 40, "concession", "DPRK");
        CodedSpan budi = span(7, "budi", 1, 30, 60, "concession", "DPRK");

        assertThat(MajorityVote.combine(List.of(ana, budi), THREE)).containsExactly(budi);
    }

    @Test
    void oneOfThreeIsNoMajority() {
        assertThat(MajorityVote.combine(List.of(span("ana", 1, 10, 40, "concession", "DPRK")), THREE)).isEmpty();
    }

    @Test
    void aCoderTaggingTwiceIsStillOneVote() {
        List<CodedSpan> spans = List.of(span("ana", 1, 10, 40, "concession", "DPRK"),
                span("ana", 1, 20, 50, "concession", "DPRK"));

        assertThat(MajorityVote.combine(spans, THREE)).isEmpty();
    }

    @Test
    void differentActorCodePassageOrMereTouchingIsNoAgreement() {
        CodedSpan ana = span("ana", 1, 10, 40, "concession", "DPRK");

        assertThat(MajorityVote.combine(List.of(ana, span("budi", 1, 10, 40, "concession", "US")), THREE)).isEmpty();
        assertThat(MajorityVote.combine(List.of(ana, span("budi", 1, 10, 40, "demand", "DPRK")), THREE)).isEmpty();
        assertThat(MajorityVote.combine(List.of(ana, span("budi", 2, 10, 40, "concession", "DPRK")), THREE)).isEmpty();
        assertThat(MajorityVote.combine(List.of(ana, span("budi", 1, 40, 60, "concession", "DPRK")), THREE)).isEmpty();
        assertThat(MajorityVote.combine(List.of(ana, span("budi", 1, 39, 60, "concession", "DPRK")), THREE))
                .containsExactly(ana);
    }

    @Test
    void halfOfFourCoders() {
        List<CodedSpan> spans = List.of(span("ana", 1, 10, 40, "concession", "DPRK"),
                span("budi", 1, 0, 15, "concession", "DPRK"));

        assertThat(MajorityVote.combine(spans, List.of("ana", "budi", "citra", "dewi"))).hasSize(1);
        // A coder without spans still counts: two of five is not half.
        assertThat(MajorityVote.combine(spans, List.of("ana", "budi", "citra", "dewi", "eka"))).isEmpty();
    }

    @Test
    void overlapIsTransitiveAndTheSmallestIdRepresentsTheCluster() {
        CodedSpan ana = span(30, "ana", 1, 0, 10, "concession", "DPRK");
        CodedSpan budi = span(20, "budi", 1, 8, 20, "concession", "DPRK");
        CodedSpan citra = span(25, "citra", 1, 18, 30, "concession", "DPRK");

        // ana and citra do not overlap, but budi links them into one cluster with three authors.
        assertThat(MajorityVote.combine(List.of(ana, budi, citra), List.of("ana", "budi", "citra", "dewi", "eka")))
                .containsExactly(budi);
    }

    @Test
    void spansOfCodersNotChosenTakeNoPart() {
        List<CodedSpan> spans = List.of(span("ana", 1, 10, 40, "concession", "DPRK"),
                span("guru", 1, 10, 40, "concession", "DPRK"));

        assertThat(MajorityVote.combine(spans, THREE)).isEmpty();
        assertThat(MajorityVote.combine(spans, List.of())).isEmpty();
    }

    @Test
    void representativesKeepTheirOwnFieldsAndComeInReadingOrder() {
        CodedSpan late = span(1, "ana", 3, 5, 25, "concession", "DPRK");
        CodedSpan lateToo = span(2, "budi", 3, 0, 10, "concession", "DPRK");
        CodedSpan early = new CodedSpan(9, 2, 2, 50, 90, CodedSpan.Kind.SIGNAL, "signal", "US", "DPRK", 2,
                CodedSpan.Valence.POSITIVE, java.time.LocalDate.of(2019, 2, 28), 4L, "budi");
        CodedSpan earlyToo = new CodedSpan(10, 2, 2, 60, 70, CodedSpan.Kind.SIGNAL, "signal", "US", "ROK", 3,
                CodedSpan.Valence.NEGATIVE, null, null, "citra");

        List<CodedSpan> combined = MajorityVote.combine(List.of(late, earlyToo, lateToo, early), THREE);

        assertThat(combined).containsExactly(early, late);
    }
}
