package app.kasus.cases.document;

import app.kasus.cases.ParsedArticle;

/** How a document would become a case: nothing is stored yet. */
public record DocumentPreview(String title, String language, DocumentType type, ParsedArticle article) {
}
