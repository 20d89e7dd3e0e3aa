package app.kasus.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns a coding into a verdict per Kupchan stage. Plain Java, no state: the same coding always gives the same
 * assessment, and nothing about any particular case is known here — the verdict follows the coding only.
 */
public final class AssessmentEngine {

    public static final int STAGES = 4;

    /** The rules as implemented, in English, shown as help next to the assessment. */
    public static final String RULES = """
            How the assessment is made
            - Only concessions, demands and signals count; annotations with any other code are ignored, \
            and so are annotations whose stage is not 1 to 4.
            - The dyad is the pair of different actors with the most annotations between them (either \
            direction, any stage). A tie goes to the pair whose names, sorted and joined as "A|B", come \
            first alphabetically. An annotation an actor addresses to itself never counts. The first side \
            is the one that made the earliest concession toward the other (reading order); if neither \
            conceded, the name that comes first alphabetically.
            - Counts per stage cover every actor and every annotation of the stage, not only the dyad. \
            Evidence lists the stage's annotations in reading order (passage, position).
            - Stage 1 (unilateral accommodation) looks only at the two sides' stage-1 concessions toward \
            each other. No concession: not started. Concessions in one direction only: gambit unanswered. \
            Concessions in both directions: reciprocated if one of them responds to a concession of the \
            other side, or, without such a link, if a concession of one side comes later than one of the \
            other side. "Later" compares event dates when both have one, otherwise the reading order. If \
            all of them happen at the same moment, the gambit stays unanswered.
            - Stages 2 to 4 are blocked while the stage before is not reciprocated or reached, whatever is \
            coded in them. Otherwise concessions and positive signals of the two sides toward each other \
            are counted per direction: both sides: reached; one side: one-sided; none: not started.
            - Reciprocity index of a stage: the smaller of the two sides' concession counts toward each \
            other divided by the larger, 0 when neither conceded. It is computed for blocked stages too.
            - Balance: per actor over all stages, concessions given and demands made.
            """;

    private AssessmentEngine() {
    }

    /** Assesses one coding (already combined: one coder, a group, a majority vote or the gold coding). */
    public static Assessment assess(Collection<CodedSpan> spans) {
        // One pass sorts the annotations into stages and tallies what does not depend on the dyad.
        List<List<CodedSpan>> byStage = new ArrayList<>();
        List<TreeMap<String, ActorCounts>> counts = new ArrayList<>();
        for (int stage = 1; stage <= STAGES; stage++) {
            byStage.add(new ArrayList<>());
            counts.add(new TreeMap<>());
        }
        List<CodedSpan> counted = new ArrayList<>();
        TreeMap<String, Balance> balance = new TreeMap<>();
        for (CodedSpan span : spans) {
            // Rule: OTHER codes count nowhere; a stage outside 1–4 belongs to no stage and is left out too.
            if (span == null || !span.counted() || span.stage() < 1 || span.stage() > STAGES) {
                continue;
            }
            counted.add(span);
            byStage.get(span.stage() - 1).add(span);
            // Rule: counts are per acting actor over all annotations of the stage, not only the dyad's.
            counts.get(span.stage() - 1).merge(span.actor(), ActorCounts.of(span), ActorCounts::plus);
            // Rule: balance is per acting actor over all stages.
            balance.merge(span.actor(), Balance.of(span), Balance::plus);
        }

        Dyad dyad = Dyads.choose(counted);
        List<StageAssessment> stages = new ArrayList<>();
        StageStatus previous = null;
        for (int stage = 1; stage <= STAGES; stage++) {
            List<CodedSpan> stageSpans = byStage.get(stage - 1);
            DyadStage between = dyad == null ? DyadStage.empty() : DyadStage.of(dyad, stageSpans);
            // Rule: stages 2–4 are blocked while the stage before is not reciprocated/reached, whatever is coded.
            boolean blocked = stage > 1 && !previous.opensNextStage();
            StageStatus status = blocked ? StageStatus.BLOCKED
                    : stage == 1 ? firstStage(between) : laterStage(between);
            stages.add(new StageAssessment(stage, status, counts.get(stage - 1), between.reciprocityIndex(),
                    evidence(stageSpans), between.facts(blocked ? stage - 1 : null)));
            previous = status;
        }
        return new Assessment(dyad, List.copyOf(stages), balance);
    }

    /**
     * Rule (stage 1, the dyad's stage-1 concessions): none → not started; one direction only → gambit
     * unanswered; both → reciprocated when linked by respondsTo or when one comes later than the other.
     */
    private static StageStatus firstStage(DyadStage between) {
        boolean forward = between.hasConcessionsForward();
        boolean backward = between.hasConcessionsBackward();
        if (!forward && !backward) {
            return StageStatus.NOT_STARTED;
        }
        if (forward && backward && (between.linkedReply() || between.someConcessionLater())) {
            return StageStatus.RECIPROCATED;
        }
        // One direction only, or both at the very same moment: nothing answers the gambit.
        return StageStatus.GAMBIT_UNANSWERED;
    }

    /** Rule (stages 2–4, once open): concessions plus positive signals per direction — both → reached, one → one-sided. */
    private static StageStatus laterStage(DyadStage between) {
        boolean forward = between.movesForward() > 0;
        boolean backward = between.movesBackward() > 0;
        if (forward && backward) {
            return StageStatus.REACHED;
        }
        return forward || backward ? StageStatus.ONE_SIDED : StageStatus.NOT_STARTED;
    }

    /** Rule: evidence is every counted annotation of the stage, in reading order (passage, offset, id). */
    private static List<Long> evidence(List<CodedSpan> stageSpans) {
        return stageSpans.stream().sorted(CodedSpan.READING_ORDER).map(CodedSpan::id).toList();
    }
}
