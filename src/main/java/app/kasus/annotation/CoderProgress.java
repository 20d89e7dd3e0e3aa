package app.kasus.annotation;

import java.time.Instant;
import java.util.List;

/**
 * One coder's progress on a case, for the instructors' dashboard: how much they coded, how many passages their
 * coding covers, where their submission stands and when they last changed an annotation (null: never).
 */
public record CoderProgress(String username, String displayName, List<String> groups, long annotations,
                            long passagesCovered, SubmissionStatus.State status, Instant submittedAt, Instant lockedAt,
                            String lockedBy, Instant lastActivity) {

    public boolean locked() {
        return status == SubmissionStatus.State.LOCKED;
    }
}
