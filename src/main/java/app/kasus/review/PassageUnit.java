package app.kasus.review;

/** A passage of the case, in reading order, and the length of its text (the unit of the coding measures). */
record PassageUnit(long passageId, int length) {
}
