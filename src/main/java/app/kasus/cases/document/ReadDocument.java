package app.kasus.cases.document;

/**
 * What a reader got from a file: text for the one segmentation path (marked structure or plain layout text) and a
 * title the document names for itself, if any.
 */
record ReadDocument(String text, String title) {
}
