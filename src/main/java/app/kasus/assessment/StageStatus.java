package app.kasus.assessment;

import java.util.Locale;

/** Stage 1 is NOT_STARTED, GAMBIT_UNANSWERED or RECIPROCATED; stages 2–4 BLOCKED, NOT_STARTED, ONE_SIDED or REACHED. */
public enum StageStatus {
    NOT_STARTED, GAMBIT_UNANSWERED, RECIPROCATED, BLOCKED, ONE_SIDED, REACHED;

    /** API identifier: "not-started", "gambit-unanswered", "reciprocated", "blocked", "one-sided", "reached". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the stage after this one may start. */
    boolean opensNextStage() {
        return this == RECIPROCATED || this == REACHED;
    }
}
