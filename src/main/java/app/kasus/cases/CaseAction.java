package app.kasus.cases;

/**
 * What a user may do with a case they may read, beyond reading it; {@link CaseAccess} answers each one from the role
 * rules of {@code security.AccessRules}.
 */
public enum CaseAction {
    /** Publish a draft, throw it away, change its texts. */
    CHANGE,
    /** Write the case's gold (reference) coding and release it to students. */
    WRITE_GOLD,
    /** Lock and unlock a coder's coding of the case. */
    REVIEW_CODING,
    /** Read every coder's counts and submission. */
    VIEW_PROGRESS,
    /** Measure inter-coder agreement. */
    MEASURE_AGREEMENT,
    /** Compare coders span by span. */
    REVIEW_DISAGREEMENTS,
    /** Read everyone's changes to the case's coding. */
    VIEW_ACTIVITY
}
