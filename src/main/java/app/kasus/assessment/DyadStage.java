package app.kasus.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the two sides of the dyad did toward each other in one stage: the input of every stage rule. */
final class DyadStage {

    private final List<CodedSpan> forward = new ArrayList<>();   // concessions first -> second
    private final List<CodedSpan> backward = new ArrayList<>();  // concessions second -> first
    private int positiveForward;
    private int positiveBackward;
    private boolean linkedReply;

    private DyadStage() {
    }

    /** With no dyad nothing flows between the sides, so every stage rule sees zeros. */
    static DyadStage empty() {
        return new DyadStage();
    }

    /** Splits one stage's annotations by direction within the dyad; annotations involving others are left out. */
    static DyadStage of(Dyad dyad, List<CodedSpan> stageSpans) {
        DyadStage stage = new DyadStage();
        Map<Long, Boolean> concessionDirection = new HashMap<>();
        for (CodedSpan span : stageSpans) {
            Boolean isForward = direction(dyad, span);
            if (isForward == null) {
                continue;
            }
            if (span.kind() == CodedSpan.Kind.CONCESSION) {
                (isForward ? stage.forward : stage.backward).add(span);
                concessionDirection.put(span.id(), isForward);
            } else if (span.kind() == CodedSpan.Kind.SIGNAL && span.valence() == CodedSpan.Valence.POSITIVE) {
                if (isForward) {
                    stage.positiveForward++;
                } else {
                    stage.positiveBackward++;
                }
            }
        }
        // Rule: a linked reply is a concession that responds to a concession of this stage in the opposite
        // direction; a link to one's own side's concession, to another kind or to another stage is no reply.
        stage.linkedReply = repliesTo(stage.forward, concessionDirection, Boolean.FALSE)
                || repliesTo(stage.backward, concessionDirection, Boolean.TRUE);
        return stage;
    }

    /** Whether a concession of {@code side} responds to a concession in direction {@code target}. */
    private static boolean repliesTo(List<CodedSpan> side, Map<Long, Boolean> concessionDirection, Boolean target) {
        for (CodedSpan span : side) {
            if (span.respondsTo() != null && target.equals(concessionDirection.get(span.respondsTo()))) {
                return true;
            }
        }
        return false;
    }

    /** TRUE for first -> second, FALSE for second -> first, null when the annotation is not within the dyad. */
    private static Boolean direction(Dyad dyad, CodedSpan span) {
        if (!span.between()) {
            return null;
        }
        if (span.actor().equals(dyad.first()) && span.addressee().equals(dyad.second())) {
            return Boolean.TRUE;
        }
        if (span.actor().equals(dyad.second()) && span.addressee().equals(dyad.first())) {
            return Boolean.FALSE;
        }
        return null;
    }

    boolean hasConcessionsForward() {
        return !forward.isEmpty();
    }

    boolean hasConcessionsBackward() {
        return !backward.isEmpty();
    }

    boolean linkedReply() {
        return linkedReply;
    }

    /** Concessions plus positive signals: the behaviour that shows a later stage is practised. */
    int movesForward() {
        return forward.size() + positiveForward;
    }

    int movesBackward() {
        return backward.size() + positiveBackward;
    }

    /** Rule: min(cAB, cBA) / max(cAB, cBA) over the dyad's concessions, 0.0 when there are none. */
    double reciprocityIndex() {
        int max = Math.max(forward.size(), backward.size());
        return max == 0 ? 0.0 : (double) Math.min(forward.size(), backward.size()) / max;
    }

    Facts facts(Integer blockedBy) {
        return new Facts(forward.size(), backward.size(), positiveForward, positiveBackward, linkedReply, blockedBy);
    }

    /**
     * Rule: whether some concession in one direction comes strictly later than some concession in the other.
     * "Later" compares event dates when both annotations have one, otherwise reading position (passage, offset).
     * With both directions present this fails only when every cross pair ties, which is checked on the sets of
     * dates and positions instead of on every pair, to stay linear.
     */
    boolean someConcessionLater() {
        if (forward.isEmpty() || backward.isEmpty()) {
            return false;
        }
        return datedPairsDiffer() || undatedPairsDiffer(forward, backward) || undatedPairsDiffer(backward, forward);
    }

    /** Pairs dated on both sides all tie only if one date is all there is. */
    private boolean datedPairsDiffer() {
        Set<LocalDate> forwardDates = dates(forward);
        Set<LocalDate> backwardDates = dates(backward);
        if (forwardDates.isEmpty() || backwardDates.isEmpty()) {
            return false;
        }
        forwardDates.addAll(backwardDates);
        return forwardDates.size() > 1;
    }

    /** Pairs where {@code side}'s annotation is undated are compared by position; they all tie only at one position. */
    private static boolean undatedPairsDiffer(List<CodedSpan> side, List<CodedSpan> other) {
        Set<Position> positions = new HashSet<>();
        for (CodedSpan span : side) {
            if (span.eventDate() == null) {
                positions.add(Position.of(span));
            }
        }
        if (positions.isEmpty()) {
            return false;
        }
        for (CodedSpan span : other) {
            positions.add(Position.of(span));
        }
        return positions.size() > 1;
    }

    private static Set<LocalDate> dates(List<CodedSpan> spans) {
        Set<LocalDate> dates = new HashSet<>();
        for (CodedSpan span : spans) {
            if (span.eventDate() != null) {
                dates.add(span.eventDate());
            }
        }
        return dates;
    }

    /** Reading position without the id: two annotations at the same place are simultaneous. */
    private record Position(int passageOrdinal, int start) {
        static Position of(CodedSpan span) {
            return new Position(span.passageOrdinal(), span.start());
        }
    }
}
