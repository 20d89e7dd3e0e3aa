package app.kasus.annotation.ui;

import app.kasus.annotation.AnnotationData;

/**
 * Another coder's annotation as the reading view keeps it: what its highlight shows, nothing more. A group's layer
 * holds thousands of these per open view; the full annotation (quote, note, dates) is read when one is opened. Kept
 * as whole annotations they were 1.1 MB of a 2.5 MB view with 5,000 annotations (issue 10). Equal ones are one
 * instance across the node's views ({@link #of}): a group's members see the same coding of each other.
 */
record OtherCoding(long id, long passageId, int start, int end, String code, String actor, String addressee,
                   int stage, String author, boolean gold, long version) {

    private static final WeakInterner<OtherCoding> SHARED = new WeakInterner<>();

    /**
     * Codes, actors and usernames repeat across thousands of rows, each read from the database as a new string: one
     * copy of each is shared (a codebook's keys and a class's usernames, a bounded set).
     */
    static OtherCoding of(AnnotationData a) {
        return SHARED.intern(new OtherCoding(a.id(), a.passageId(), a.start(), a.end(), shared(a.code()), shared(a.actor()),
                shared(a.addressee()), a.stage(), shared(a.author()), a.gold(), a.version()));
    }

    private static String shared(String value) {
        return value == null ? null : value.intern();
    }
}
