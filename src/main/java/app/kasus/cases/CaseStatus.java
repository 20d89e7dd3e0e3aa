package app.kasus.cases;

/** A draft case is seen only by those who may see drafts (see {@code AccessRules.maySeeDraftCases}); a published one by everyone. */
public enum CaseStatus {
    DRAFT,
    PUBLISHED
}
