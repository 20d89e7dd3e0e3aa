package app.kasus.annotation;

/** Someone opened, left or moved within the case; views showing who reads it ask {@link Presence} again. */
public record PresenceChanged(long caseId) {
}
