package app.kasus.assessment;

/** What one actor did in one stage, toward anyone. */
public record ActorCounts(int concessions, int demands, int positiveSignals, int negativeSignals) {

    /** The contribution of a single counted annotation; an unvalenced signal adds nothing but its actor. */
    static ActorCounts of(CodedSpan span) {
        return new ActorCounts(
                span.kind() == CodedSpan.Kind.CONCESSION ? 1 : 0,
                span.kind() == CodedSpan.Kind.DEMAND ? 1 : 0,
                span.kind() == CodedSpan.Kind.SIGNAL && span.valence() == CodedSpan.Valence.POSITIVE ? 1 : 0,
                span.kind() == CodedSpan.Kind.SIGNAL && span.valence() == CodedSpan.Valence.NEGATIVE ? 1 : 0);
    }

    ActorCounts plus(ActorCounts other) {
        return new ActorCounts(concessions + other.concessions, demands + other.demands,
                positiveSignals + other.positiveSignals, negativeSignals + other.negativeSignals);
    }
}
