package app.kasus.cases.document;

import app.kasus.cases.CaseStatus;

/** A case just created from a document. */
public record ImportedCase(long id, String title, CaseStatus status, String language, int sections, int passages,
                           int notes) {
}
