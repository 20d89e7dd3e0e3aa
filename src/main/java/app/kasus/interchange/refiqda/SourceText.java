package app.kasus.interchange.refiqda;

import app.kasus.cases.CaseContent;
import app.kasus.cases.NoteInfo;
import app.kasus.cases.PassageInfo;
import app.kasus.cases.SectionInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A case as one plain text, the way a REFI-QDA text source holds it: each section heading and each passage a
 * paragraph of its own, in reading order, separated by a blank line ({@code "\n\n"}); then the numbered notes,
 * one per line as {@code "1 The note's text"}, after a blank line. A passage's place in it is kept in Unicode code
 * points, which is how REFI-QDA counts positions (Java strings count UTF-16 units: an emoji is one code point but two
 * units).
 */
final class SourceText {

    static final String PARAGRAPH_BREAK = "\n\n";

    private final String text;
    private final Map<Long, Integer> passageStartCodePoints;

    private SourceText(String text, Map<Long, Integer> passageStartCodePoints) {
        this.text = text;
        this.passageStartCodePoints = passageStartCodePoints;
    }

    static SourceText of(CaseContent content) {
        Builder text = new Builder();
        Map<Long, Integer> starts = new HashMap<>();
        for (SectionInfo section : content.sections()) {
            if (!section.heading().isBlank()) {
                text.paragraph(section.heading().strip());
            }
            for (PassageInfo passage : content.passages()) {
                if (passage.sectionId() == section.id()) {
                    starts.put(passage.id(), text.paragraph(passage.text()));
                }
            }
        }
        List<NoteInfo> notes = content.notes();
        for (int i = 0; i < notes.size(); i++) {
            String note = notes.get(i).number() + " " + notes.get(i).text().strip();
            if (i == 0) {
                text.paragraph(note);
            } else {
                text.line(note);
            }
        }
        return new SourceText(text.toString(), Map.copyOf(starts));
    }

    /** Appends paragraphs and lines, counting code points as it goes. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int codePoints;

        /** Appends a paragraph; returns where it starts, in code points. */
        int paragraph(String paragraph) {
            if (text.length() > 0) {
                append(PARAGRAPH_BREAK);
            }
            int start = codePoints;
            append(paragraph);
            return start;
        }

        void line(String line) {
            append("\n");
            append(line);
        }

        private void append(String part) {
            text.append(part);
            codePoints += part.codePointCount(0, part.length());
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    String text() {
        return text;
    }

    /** Where an offset into a passage (UTF-16 units, as Kasus stores it) lies in the whole text, in code points. */
    int codePoint(PassageInfo passage, int offset) {
        Integer start = passageStartCodePoints.get(passage.id());
        if (start == null) {
            throw new IllegalArgumentException("passage " + passage.id() + " is not in this text");
        }
        return start + passage.text().codePointCount(0, offset);
    }
}
