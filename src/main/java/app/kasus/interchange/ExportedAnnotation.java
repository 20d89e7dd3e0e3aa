package app.kasus.interchange;

import app.kasus.annotation.AnnotationData;
import app.kasus.cases.PassageInfo;
import java.util.List;

/**
 * One annotation with what an export writes beside it: its passage (section, language, text for quote context),
 * its coder's display name and the coder's groups the caller may see.
 */
record ExportedAnnotation(AnnotationData annotation, PassageInfo passage, String coderName, List<String> groups) {

    /** The span's start in Unicode code points, as W3C selectors, R and Python count characters. */
    int startCodePoint() {
        return passage.text().codePointCount(0, annotation.start());
    }

    int endCodePoint() {
        return passage.text().codePointCount(0, annotation.end());
    }
}
