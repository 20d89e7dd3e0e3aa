package app.kasus.interchange.refiqda;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The GUIDs a REFI-QDA export gives Kasus's things: name-based UUIDs (RFC 4122 version 3) of a fixed prefix and the
 * thing's own stable identity, so every export of the same case names the same coder, code, source and coding with
 * the same GUID, and a QDA tool merging two exports recognises them.
 */
final class QdaIds {

    private static final String PREFIX = "kasus.app/refi-qda/";

    private QdaIds() {
    }

    /** A coder: by account name, which never changes. */
    static String user(String username) {
        return of("user/" + username);
    }

    static String code(long caseId, String key) {
        return of("case/" + caseId + "/code/" + key);
    }

    /** A facet group ("Actor", …) or one of its member codes. */
    static String facet(long caseId, String path) {
        return of("case/" + caseId + "/facet/" + path);
    }

    static String source(long caseId) {
        return of("case/" + caseId + "/source");
    }

    static String language() {
        return of("variable/language");
    }

    static String selection(long annotationId) {
        return of("annotation/" + annotationId);
    }

    static String coding(long annotationId, String facet) {
        return of("annotation/" + annotationId + "/coding/" + facet);
    }

    static String note(long annotationId) {
        return of("annotation/" + annotationId + "/note");
    }

    /** A GUID for something an import made up (a user or code the project did not name with one). */
    static String of(String name) {
        return UUID.nameUUIDFromBytes((PREFIX + name).getBytes(StandardCharsets.UTF_8)).toString().toUpperCase();
    }
}
