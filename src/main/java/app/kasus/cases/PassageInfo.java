package app.kasus.cases;

import java.util.List;

/** One paragraph as the reader sees it; footnote markers stay in the text as superscript digits. */
public record PassageInfo(long id, long caseId, int ordinal, long sectionId, String section, String language,
                          String text, List<Integer> notes) {
}
