package app.kasus.assessment;

import static app.kasus.assessment.CodedSpan.Kind.CONCESSION;
import static app.kasus.assessment.CodedSpan.Kind.DEMAND;
import static app.kasus.assessment.CodedSpan.Kind.OTHER;
import static app.kasus.assessment.CodedSpan.Kind.SIGNAL;
import static app.kasus.assessment.CodedSpan.Valence.NEGATIVE;
import static app.kasus.assessment.CodedSpan.Valence.POSITIVE;
import static app.kasus.assessment.StageStatus.BLOCKED;
import static app.kasus.assessment.StageStatus.GAMBIT_UNANSWERED;
import static app.kasus.assessment.StageStatus.NOT_STARTED;
import static app.kasus.assessment.StageStatus.ONE_SIDED;
import static app.kasus.assessment.StageStatus.REACHED;
import static app.kasus.assessment.StageStatus.RECIPROCATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine on synthetic codings; actors' names are only labels, nothing of the real case is assumed. */
class AssessmentEngineTest {

    // ---------------------------------------------------------------- builder

    /** A mutable annotation, turned into a {@link CodedSpan} only when the coding is assessed. */
    static final class Span {
        long id;
        long passageId;
        int ordinal;
        int start;
        int end;
        CodedSpan.Kind kind;
        String code;
        String actor;
        String addressee;
        int stage;
        CodedSpan.Valence valence;
        LocalDate date;
        Long respondsTo;
        String author = "ana";

        Span on(String isoDate) {
            date = isoDate == null ? null : LocalDate.parse(isoDate);
            return this;
        }

        /** Places the annotation in passage {@code ordinal} (passage id = ordinal) at offset {@code start}. */
        Span at(int ordinal, int start) {
            this.ordinal = ordinal;
            this.passageId = ordinal;
            this.start = start;
            this.end = start + 10;
            return this;
        }

        Span respondsTo(Span other) {
            respondsTo = other == null ? null : other.id;
            return this;
        }

        Span kind(CodedSpan.Kind newKind) {
            kind = newKind;
            code = newKind.name().toLowerCase();
            return this;
        }

        CodedSpan build() {
            return new CodedSpan(id, passageId, ordinal, start, end, kind, code, actor, addressee, stage,
                    valence, date, respondsTo, author);
        }
    }

    /** A coding under construction; each new annotation goes into the next passage unless placed with at(). */
    static final class Coding {
        final List<Span> spans = new ArrayList<>();
        private long nextId = 1;
        private int nextOrdinal = 1;

        Span add(CodedSpan.Kind kind, String actor, String addressee, int stage) {
            Span span = new Span();
            span.id = nextId++;
            span.kind(kind);
            span.actor = actor;
            span.addressee = addressee;
            span.stage = stage;
            span.at(nextOrdinal++, 0);
            spans.add(span);
            return span;
        }

        Span concession(String actor, String addressee, int stage) {
            return add(CONCESSION, actor, addressee, stage);
        }

        Span demand(String actor, String addressee, int stage) {
            return add(DEMAND, actor, addressee, stage);
        }

        Span signal(String actor, String addressee, int stage, CodedSpan.Valence valence) {
            Span span = add(SIGNAL, actor, addressee, stage);
            span.valence = valence;
            return span;
        }

        void remove(Span span) {
            spans.remove(span);
        }

        List<CodedSpan> build() {
            return spans.stream().map(Span::build).toList();
        }

        Assessment assess() {
            return AssessmentEngine.assess(build());
        }
    }

    private static List<StageStatus> statuses(Assessment assessment) {
        return assessment.stages().stream().map(StageAssessment::status).toList();
    }

    private static StageAssessment stage(Assessment assessment, int number) {
        return assessment.stages().get(number - 1);
    }

    // ---------------------------------------------------------------- no dyad

    @Test
    void emptyCodingHasNoDyadAndOnlyTheFirstStageIsOpen() {
        Assessment assessment = new Coding().assess();

        assertThat(assessment.dyad()).isNull();
        assertThat(assessment.stages()).extracting(StageAssessment::stage).containsExactly(1, 2, 3, 4);
        assertThat(statuses(assessment)).containsExactly(NOT_STARTED, BLOCKED, BLOCKED, BLOCKED);
        assertThat(assessment.stages()).allSatisfy(s -> {
            assertThat(s.reciprocityIndex()).isZero();
            assertThat(s.counts()).isEmpty();
            assertThat(s.evidence()).isEmpty();
        });
        assertThat(stage(assessment, 1).facts()).isEqualTo(new Facts(0, 0, 0, 0, false, null));
        assertThat(stage(assessment, 3).facts().blockedBy()).isEqualTo(2);
        assertThat(assessment.balance()).isEmpty();
    }

    @Test
    void selfAddressedAndOtherCodedAnnotationsFormNoDyad() {
        Coding coding = new Coding();
        coding.concession("DPRK", "DPRK", 1);
        coding.concession("US", "US", 1);
        coding.add(OTHER, "US", "DPRK", 1);
        Span withoutAddressee = coding.concession("US", null, 1);

        Assessment assessment = coding.assess();

        assertThat(assessment.dyad()).isNull();
        assertThat(statuses(assessment)).containsExactly(NOT_STARTED, BLOCKED, BLOCKED, BLOCKED);
        // They still count for their actors and as evidence, except OTHER which counts nowhere.
        assertThat(stage(assessment, 1).counts()).containsOnlyKeys("DPRK", "US");
        assertThat(stage(assessment, 1).counts().get("US")).isEqualTo(new ActorCounts(2, 0, 0, 0));
        assertThat(stage(assessment, 1).evidence()).containsExactly(1L, 2L, withoutAddressee.id);
    }

    // ---------------------------------------------------------------- dyad

    @Test
    void dyadIsThePairWithTheMostAnnotationsInEitherDirection() {
        Coding coding = new Coding();
        coding.demand("ROK", "DPRK", 2);
        coding.demand("ROK", "DPRK", 3);
        coding.signal("DPRK", "US", 4, NEGATIVE);
        coding.demand("US", "DPRK", 1);
        coding.demand("DPRK", "US", 2);
        coding.demand("US", "US", 1);   // self-addressed: not toward anyone
        coding.add(OTHER, "ROK", "DPRK", 1); // OTHER: counted nowhere

        assertThat(coding.assess().dyad()).isEqualTo(new Dyad("DPRK", "US"));

        // One more ROK-DPRK annotation and that pair leads.
        coding.signal("DPRK", "ROK", 1, POSITIVE);
        coding.signal("DPRK", "ROK", 1, POSITIVE);
        assertThat(coding.assess().dyad()).isEqualTo(new Dyad("DPRK", "ROK"));
    }

    @Test
    void tiedPairsGoToTheSmallestPairKey() {
        Coding coding = new Coding();
        coding.demand("US", "UN", 1);
        coding.demand("PRC", "US", 1);
        coding.demand("US", "DPRK", 1);

        // "DPRK|US" < "PRC|US" < "UN|US"
        assertThat(coding.assess().dyad()).isEqualTo(new Dyad("DPRK", "US"));

        // Same count, different key order: "ROK|UN" < "UN|US".
        Coding other = new Coding();
        other.demand("US", "UN", 1);
        other.demand("UN", "ROK", 1);
        assertThat(other.assess().dyad()).isEqualTo(new Dyad("ROK", "UN"));
    }

    @Test
    void firstSideIsTheOneWithTheEarliestConcessionInReadingOrder() {
        Coding coding = new Coding();
        Span us = coding.concession("US", "DPRK", 2).at(3, 50).on("2019-01-01");
        Span dprk = coding.concession("DPRK", "US", 1).at(3, 80).on("2018-05-24");

        // Reading order decides, not the event date and not the stage.
        assertThat(coding.assess().dyad()).isEqualTo(new Dyad("US", "DPRK"));

        dprk.at(3, 40);
        assertThat(coding.assess().dyad()).isEqualTo(new Dyad("DPRK", "US"));

        // A concession toward a third party does not make anyone first in the dyad.
        coding.remove(us);
        coding.remove(dprk);
        coding.demand("US", "DPRK", 1);
        coding.demand("DPRK", "US", 1);
        coding.concession("US", "ROK", 1).at(0, 0);
        assertThat(coding.assess().dyad()).isEqualTo(new Dyad("DPRK", "US"));
    }

    // ---------------------------------------------------------------- stage 1 and its counterfactuals

    /** DPRK's gambit: three dated stage-1 concessions to the US, and stage-2 positive signals both ways. */
    private static Coding dprkGambit() {
        Coding coding = new Coding();
        coding.concession("DPRK", "US", 1).on("2018-05-24");
        coding.concession("DPRK", "US", 1).on("2018-07-23");
        coding.concession("DPRK", "US", 1).on("2018-07-27");
        coding.signal("DPRK", "US", 2, POSITIVE).on("2018-06-12");
        coding.signal("US", "DPRK", 2, POSITIVE).on("2018-06-12");
        coding.demand("US", "DPRK", 1).on("2019-02-28");
        return coding;
    }

    @Test
    void oneWayConcessionsAreAnUnansweredGambitAndBlockEverythingAfter() {
        Assessment assessment = dprkGambit().assess();

        assertThat(assessment.dyad()).isEqualTo(new Dyad("DPRK", "US"));
        assertThat(statuses(assessment)).containsExactly(GAMBIT_UNANSWERED, BLOCKED, BLOCKED, BLOCKED);
        assertThat(stage(assessment, 1).facts()).isEqualTo(new Facts(3, 0, 0, 0, false, null));
        // Stage 2's signals both ways do not open it: it is blocked by stage 1.
        assertThat(stage(assessment, 2).facts()).isEqualTo(new Facts(0, 0, 1, 1, false, 1));
        assertThat(stage(assessment, 3).facts().blockedBy()).isEqualTo(2);
        assertThat(stage(assessment, 4).facts().blockedBy()).isEqualTo(3);
    }

    @Test
    void oneLaterAnsweringConcessionReciprocatesAndOpensStageTwo() {
        Coding coding = dprkGambit();
        coding.concession("US", "DPRK", 1).on("2018-08-01");

        Assessment assessment = coding.assess();

        assertThat(statuses(assessment)).containsExactly(RECIPROCATED, REACHED, NOT_STARTED, BLOCKED);
        assertThat(stage(assessment, 1).facts()).isEqualTo(new Facts(3, 1, 0, 0, false, null));
        assertThat(stage(assessment, 2).facts()).isEqualTo(new Facts(0, 0, 1, 1, false, null));
        assertThat(stage(assessment, 1).reciprocityIndex()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void anAnsweringConcessionDatedBeforeAllOthersStillReciprocates() {
        Coding coding = dprkGambit();
        // Read last but dated first: the DPRK concessions now come later than the US one.
        coding.concession("US", "DPRK", 1).on("2018-01-01");

        assertThat(statuses(coding.assess())).containsExactly(RECIPROCATED, REACHED, NOT_STARTED, BLOCKED);
    }

    @Test
    void theAnswerRecodedAsDemandOrRemovedFlipsBackToAnUnansweredGambit() {
        Coding coding = dprkGambit();
        Span answer = coding.concession("US", "DPRK", 1).on("2018-08-01");
        assertThat(stage(coding.assess(), 1).status()).isEqualTo(RECIPROCATED);

        answer.kind(DEMAND);
        assertThat(statuses(coding.assess())).containsExactly(GAMBIT_UNANSWERED, BLOCKED, BLOCKED, BLOCKED);

        answer.kind(CONCESSION);
        answer.stage = 2; // the answer coded in another stage does not answer stage 1
        assertThat(statuses(coding.assess())).containsExactly(GAMBIT_UNANSWERED, BLOCKED, BLOCKED, BLOCKED);

        coding.remove(answer);
        assertThat(statuses(coding.assess())).containsExactly(GAMBIT_UNANSWERED, BLOCKED, BLOCKED, BLOCKED);
    }

    @Test
    void simultaneousConcessionsBothWaysAnswerNothing() {
        Coding coding = new Coding();
        Span dprk = coding.concession("DPRK", "US", 1).at(5, 10);
        Span us = coding.concession("US", "DPRK", 1).at(5, 10);

        // Same passage, same offset, no dates: neither is later.
        assertThat(stage(coding.assess(), 1).status()).isEqualTo(GAMBIT_UNANSWERED);

        // Same date decides even though the reading order differs.
        dprk.at(5, 10).on("2018-06-12");
        us.at(9, 0).on("2018-06-12");
        assertThat(stage(coding.assess(), 1).status()).isEqualTo(GAMBIT_UNANSWERED);

        // Only one side dated: reading order decides, and it differs.
        us.on(null);
        assertThat(stage(coding.assess(), 1).status()).isEqualTo(RECIPROCATED);

        // Only one side dated, same place in the text: simultaneous again.
        us.at(5, 10);
        assertThat(stage(coding.assess(), 1).status()).isEqualTo(GAMBIT_UNANSWERED);

        // A different date on the US side, both dated: later.
        us.on("2018-06-13");
        assertThat(stage(coding.assess(), 1).status()).isEqualTo(RECIPROCATED);
    }

    @Test
    void anExplicitResponseLinkReciprocatesWhereOrderAloneWouldNot() {
        Coding coding = new Coding();
        Span dprk = coding.concession("DPRK", "US", 1).on("2018-06-12");
        Span us = coding.concession("US", "DPRK", 1).on("2018-06-12");
        assertThat(stage(coding.assess(), 1).status()).isEqualTo(GAMBIT_UNANSWERED);

        us.respondsTo(dprk);
        Assessment linked = coding.assess();
        assertThat(stage(linked, 1).status()).isEqualTo(RECIPROCATED);
        assertThat(stage(linked, 1).facts().linkedReply()).isTrue();

        us.respondsTo(null);
        assertThat(stage(coding.assess(), 1).status()).isEqualTo(GAMBIT_UNANSWERED);
    }

    @Test
    void onlyALinkAcrossTheDyadBetweenStageOneConcessionsIsAReply() {
        Coding coding = new Coding();
        Span dprk = coding.concession("DPRK", "US", 1).on("2018-06-12");
        Span dprkAgain = coding.concession("DPRK", "US", 1).on("2018-06-12");
        Span us = coding.concession("US", "DPRK", 1).on("2018-06-12");
        Span dprkDemand = coding.demand("DPRK", "US", 1).on("2018-06-12");
        Span laterStage = coding.concession("DPRK", "US", 2).on("2018-06-12");

        dprkAgain.respondsTo(dprk);        // same direction
        assertThat(stage(coding.assess(), 1).facts().linkedReply()).isFalse();
        us.respondsTo(dprkDemand);         // a demand, not a concession
        assertThat(stage(coding.assess(), 1).facts().linkedReply()).isFalse();
        us.respondsTo(laterStage);         // a concession of another stage
        assertThat(stage(coding.assess(), 1).status()).isEqualTo(GAMBIT_UNANSWERED);
        dprk.respondsTo(us);               // DPRK answering the US counts as well
        assertThat(stage(coding.assess(), 1).status()).isEqualTo(RECIPROCATED);
    }

    @Test
    void concessionsOfAThirdPartyDoNotAnswerTheGambit() {
        Coding coding = dprkGambit();
        coding.concession("ROK", "DPRK", 1).on("2018-09-19");
        coding.concession("US", "ROK", 1).on("2018-09-20");

        Assessment assessment = coding.assess();

        assertThat(assessment.dyad()).isEqualTo(new Dyad("DPRK", "US"));
        assertThat(stage(assessment, 1).status()).isEqualTo(GAMBIT_UNANSWERED);
        assertThat(stage(assessment, 1).counts().get("ROK")).isEqualTo(new ActorCounts(1, 0, 0, 0));
    }

    @Test
    void stageOneWithOnlyDemandsOrSignalsHasNotStarted() {
        Coding coding = new Coding();
        coding.demand("US", "DPRK", 1);
        coding.signal("DPRK", "US", 1, POSITIVE);
        coding.concession("US", "DPRK", 2);
        coding.concession("DPRK", "US", 2);

        Assessment assessment = coding.assess();

        assertThat(statuses(assessment)).containsExactly(NOT_STARTED, BLOCKED, BLOCKED, BLOCKED);
        // Computed even where blocked.
        assertThat(stage(assessment, 2).reciprocityIndex()).isEqualTo(1.0);
    }

    // ---------------------------------------------------------------- stages 2–4

    /** Stages 1 .. k−1 open: stage 1 reciprocated, the others reached by concessions both ways. */
    private static Coding openUpTo(int stage) {
        Coding coding = new Coding();
        coding.concession("DPRK", "US", 1).on("2018-05-24");
        coding.concession("US", "DPRK", 1).on("2018-06-12");
        for (int earlier = 2; earlier < stage; earlier++) {
            coding.concession("DPRK", "US", earlier);
            coding.signal("US", "DPRK", earlier, POSITIVE);
        }
        return coding;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void aLaterStageOnceOpenIsNotStartedOneSidedOrReached(int k) {
        Coding coding = openUpTo(k);
        // Demands and negative signals are not the stage's behaviour.
        coding.demand("US", "DPRK", k);
        coding.signal("DPRK", "US", k, NEGATIVE);
        assertThat(stage(coding.assess(), k).status()).isEqualTo(NOT_STARTED);
        assertThat(stage(coding.assess(), k).facts().blockedBy()).isNull();

        coding.signal("US", "DPRK", k, POSITIVE);
        assertThat(stage(coding.assess(), k).status()).isEqualTo(ONE_SIDED);
        if (k < 4) {
            assertThat(stage(coding.assess(), k + 1).status()).isEqualTo(BLOCKED);
        }

        Span answer = coding.concession("DPRK", "US", k);
        assertThat(stage(coding.assess(), k).status()).isEqualTo(REACHED);
        if (k < 4) {
            assertThat(stage(coding.assess(), k + 1).status()).isEqualTo(NOT_STARTED);
        }

        // Toward a third party it is no move within the dyad.
        answer.addressee = "ROK";
        assertThat(stage(coding.assess(), k).status()).isEqualTo(ONE_SIDED);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void aLaterStageIsBlockedWhileTheOneBeforeIsNotReached(int k) {
        // Stage k−1 gets a concession one way only: for k = 2 an unanswered gambit, otherwise one-sided.
        Coding coding = k == 2 ? new Coding() : openUpTo(k - 1);
        coding.concession("DPRK", "US", k - 1);
        coding.concession("DPRK", "US", k);
        coding.concession("US", "DPRK", k);

        Assessment assessment = coding.assess();

        assertThat(stage(assessment, k).status()).isEqualTo(BLOCKED);
        assertThat(stage(assessment, k).facts()).isEqualTo(new Facts(1, 1, 0, 0, false, k - 1));
        assertThat(stage(assessment, k).reciprocityIndex()).isEqualTo(1.0);
    }

    @Test
    void allStagesReached() {
        Coding coding = openUpTo(5);
        assertThat(statuses(coding.assess())).containsExactly(RECIPROCATED, REACHED, REACHED, REACHED);
    }

    // ---------------------------------------------------------------- figures

    @Test
    void countsCoverEveryActingActorOfTheStageAndBalanceEveryStage() {
        Coding coding = new Coding();
        coding.concession("DPRK", "US", 1);
        coding.concession("DPRK", "US", 1);
        coding.demand("DPRK", "US", 1);
        coding.signal("DPRK", "US", 1, POSITIVE);
        coding.signal("DPRK", "US", 1, NEGATIVE);
        coding.signal("DPRK", "US", 1, NEGATIVE);
        coding.demand("US", "DPRK", 1);
        coding.demand("UN", "DPRK", 1);
        coding.signal("PRC", "DPRK", 1, POSITIVE);
        coding.add(OTHER, "ROK", "US", 1);
        coding.concession("US", "DPRK", 3);
        coding.demand("US", "DPRK", 4);
        coding.concession("ROK", "DPRK", 4);

        Assessment assessment = coding.assess();

        TreeMap<String, ActorCounts> stageOne = new TreeMap<>();
        stageOne.put("DPRK", new ActorCounts(2, 1, 1, 2));
        stageOne.put("PRC", new ActorCounts(0, 0, 1, 0));
        stageOne.put("UN", new ActorCounts(0, 1, 0, 0));
        stageOne.put("US", new ActorCounts(0, 1, 0, 0));
        assertThat(stage(assessment, 1).counts()).isEqualTo(stageOne);
        assertThat(stage(assessment, 1).counts().keySet()).containsExactly("DPRK", "PRC", "UN", "US");
        assertThat(stage(assessment, 2).counts()).isEmpty();
        assertThat(stage(assessment, 4).counts()).containsOnlyKeys("ROK", "US");

        assertThat(assessment.balance().keySet()).containsExactly("DPRK", "PRC", "ROK", "UN", "US");
        assertThat(assessment.balance().get("DPRK")).isEqualTo(new Balance(2, 1));
        assertThat(assessment.balance().get("US")).isEqualTo(new Balance(1, 2));
        assertThat(assessment.balance().get("ROK")).isEqualTo(new Balance(1, 0));
        assertThat(assessment.balance().get("PRC")).isEqualTo(new Balance(0, 0));
    }

    @Test
    void evidenceIsTheStagesAnnotationsInReadingOrder() {
        Coding coding = new Coding();
        Span c = coding.concession("DPRK", "US", 1).at(2, 40);
        Span a = coding.demand("US", "DPRK", 1).at(1, 90);
        Span b = coding.signal("UN", "DPRK", 1, NEGATIVE).at(2, 5);
        Span d = coding.signal("PRC", "US", 1, POSITIVE).at(2, 40); // same place as c, larger id
        coding.add(OTHER, "US", "DPRK", 1).at(1, 0);
        Span elsewhere = coding.concession("US", "DPRK", 2).at(1, 0);

        Assessment assessment = coding.assess();

        assertThat(stage(assessment, 1).evidence()).containsExactly(a.id, b.id, c.id, d.id);
        assertThat(stage(assessment, 2).evidence()).containsExactly(elsewhere.id);
    }

    @Test
    void reciprocityIndexIsTheSmallerDirectionOverTheLarger() {
        Coding coding = new Coding();
        coding.concession("DPRK", "US", 1);
        coding.concession("DPRK", "US", 1);
        coding.concession("DPRK", "US", 1);
        coding.concession("US", "DPRK", 1);
        coding.concession("DPRK", "US", 2);
        coding.concession("US", "DPRK", 2);
        coding.concession("US", "DPRK", 2);
        coding.concession("DPRK", "US", 2);
        coding.concession("US", "DPRK", 3);
        coding.signal("DPRK", "US", 3, POSITIVE);
        coding.concession("ROK", "DPRK", 4); // third parties are not in the index

        Assessment assessment = coding.assess();

        assertThat(assessment.stages()).extracting(StageAssessment::reciprocityIndex)
                .containsExactly(1.0 / 3, 1.0, 0.0, 0.0);
    }

    @Test
    void outputIsTheSameWhateverTheInputOrder() {
        Coding coding = openUpTo(4);
        coding.demand("UN", "DPRK", 2).at(1, 5);
        coding.signal("PRC", "US", 3, NEGATIVE).at(1, 5);
        coding.concession("US", "DPRK", 4);
        List<CodedSpan> spans = new ArrayList<>(coding.build());
        Assessment expected = AssessmentEngine.assess(spans);

        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(spans, random);
            assertThat(AssessmentEngine.assess(spans)).isEqualTo(expected);
        }
    }

    @Test
    void annotationsOutsideTheFourStagesAreIgnored() {
        Coding coding = new Coding();
        coding.concession("DPRK", "US", 0);
        coding.concession("US", "DPRK", 5);

        Assessment assessment = coding.assess();

        assertThat(assessment.dyad()).isNull();
        assertThat(assessment.balance()).isEmpty();
    }

    // ---------------------------------------------------------------- API details

    @Test
    void statusIdentifiers() {
        assertThat(List.of(StageStatus.values())).extracting(StageStatus::id).containsExactly(
                "not-started", "gambit-unanswered", "reciprocated", "blocked", "one-sided", "reached");
    }

    @Test
    void rulesTextNamesEveryRule() {
        assertThat(AssessmentEngine.RULES)
                .contains("dyad", "Stage 1", "gambit unanswered", "reciprocated", "blocked", "reached",
                        "one-sided", "Reciprocity index", "Balance", "Evidence");
    }
}
