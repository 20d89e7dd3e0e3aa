package app.kasus.assessment;

/** What one actor did over all stages, toward anyone. */
public record Balance(int concessionsGiven, int demandsMade) {

    static Balance of(CodedSpan span) {
        return new Balance(span.kind() == CodedSpan.Kind.CONCESSION ? 1 : 0,
                span.kind() == CodedSpan.Kind.DEMAND ? 1 : 0);
    }

    Balance plus(Balance other) {
        return new Balance(concessionsGiven + other.concessionsGiven, demandsMade + other.demandsMade);
    }
}
