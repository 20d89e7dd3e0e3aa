package app.kasus.review;

/** One coder's span as the agreement measures see it: where it lies in its passage and which code it carries. */
record CoderSpan(String coder, long passageId, int start, int end, String code) {
}
