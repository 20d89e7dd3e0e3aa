package app.kasus.cases;

/** A (sub-)section heading; {@code level} 1 is a section, 2 a sub-section. */
public record SectionInfo(long id, int ordinal, String heading, int level, String language) {
}
