package app.kasus.cases;

public record CaseSummary(long id, String title, long passageCount, CaseStatus status) {
}
