package app.kasus.annotation;

import java.time.Instant;

/**
 * Where a coder's coding of a case stands: not submitted, submitted (the coder may still withdraw it) or locked by
 * an instructor (nobody changes it until it is unlocked; a locked coding may or may not have been submitted).
 */
public record SubmissionStatus(long caseId, String username, State state, Instant submittedAt, Instant lockedAt,
                               String lockedBy) {

    public enum State { NOT_SUBMITTED, SUBMITTED, LOCKED }

    static SubmissionStatus of(long caseId, String username, Instant submittedAt, Instant lockedAt, String lockedBy) {
        State state = lockedAt != null ? State.LOCKED : submittedAt != null ? State.SUBMITTED : State.NOT_SUBMITTED;
        return new SubmissionStatus(caseId, username, state, submittedAt, lockedAt, lockedBy);
    }

    static SubmissionStatus none(long caseId, String username) {
        return of(caseId, username, null, null, null);
    }

    public boolean locked() {
        return state == State.LOCKED;
    }
}
