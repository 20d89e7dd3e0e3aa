package app.kasus.annotation;

/** An instructor released or withdrew a case's gold coding; students' open views offer or drop the gold layer. */
public record GoldReleaseChanged(long caseId, boolean released) {
}
