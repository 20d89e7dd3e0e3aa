package app.kasus.interchange.refiqda;

import app.kasus.base.InvalidInputException;
import app.kasus.cases.PassageInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text an imported project's sources make together, and where its selections land in the case made of it.
 * One source is the case text as it is; several follow each other, each under its name as a heading. Once the text
 * is segmented into passages, each passage is found in it again, in order, and a selection (code points into its
 * source) becomes a passage and UTF-16 offsets into that passage's text.
 */
final class CaseText {

    record Span(long passageId, int start, int end) {
    }

    /** A passage found in the text; {@code offsets[k]} is the passage offset of the text's {@code start + k}. */
    private record Located(PassageInfo passage, int start, int end, int[] offsets) {
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final String raw;
    private final Map<String, Integer> sourceStarts;
    private final List<Located> located = new ArrayList<>();
    private List<PassageInfo> passages = List.of();

    private CaseText(String raw, Map<String, Integer> sourceStarts) {
        this.raw = raw;
        this.sourceStarts = sourceStarts;
    }

    static CaseText of(List<QdaProject.Source> sources) {
        StringBuilder raw = new StringBuilder();
        Map<String, Integer> starts = new HashMap<>();
        for (QdaProject.Source source : sources) {
            if (raw.length() > 0) {
                raw.append(SourceText.PARAGRAPH_BREAK);
            }
            if (sources.size() > 1) {
                raw.append(source.name() == null ? "Source " + (starts.size() + 1) : source.name().strip())
                        .append(SourceText.PARAGRAPH_BREAK);
            }
            starts.put(source.guid(), raw.length());
            raw.append(source.text());
        }
        return new CaseText(raw.toString(), starts);
    }

    String raw() {
        return raw;
    }

    /**
     * Finds each passage of the new case in the text, in reading order. The segmentation joins hard-wrapped lines, so
     * white space may differ (a line break in the text, a space in the passage); a passage it changed otherwise stays
     * unplaced, and selections in it are found by their text.
     */
    void locate(List<PassageInfo> casePassages) {
        this.passages = casePassages;
        int cursor = 0;
        for (PassageInfo passage : casePassages) {
            String[] words = WHITE_SPACE.split(passage.text().strip());
            StringBuilder pattern = new StringBuilder();
            for (String word : words) {
                if (!word.isEmpty()) {
                    pattern.append(pattern.length() == 0 ? "" : "\\s+").append(Pattern.quote(word));
                }
            }
            if (pattern.length() == 0) {
                continue;
            }
            Matcher m = Pattern.compile(pattern.toString()).matcher(raw);
            if (m.find(cursor)) {
                located.add(new Located(passage, m.start(), m.end(), align(raw.substring(m.start(), m.end()),
                        passage.text(), leadingWhiteSpace(passage.text()))));
                cursor = m.end();
            }
        }
    }

    private static int leadingWhiteSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** For each index of the text's segment (and its end), the passage offset it corresponds to. */
    private static int[] align(String segment, String passage, int passageStart) {
        int[] offsets = new int[segment.length() + 1];
        int j = passageStart;
        int i = 0;
        while (i < segment.length()) {
            if (Character.isWhitespace(segment.charAt(i))) {
                int runStart = j;
                while (j < passage.length() && Character.isWhitespace(passage.charAt(j))) {
                    j++;
                }
                while (i < segment.length() && Character.isWhitespace(segment.charAt(i))) {
                    offsets[i++] = runStart;
                }
            } else {
                offsets[i++] = j++;
            }
        }
        offsets[segment.length()] = j;
        return offsets;
    }

    /**
     * Where the selection lies in the case: the passage that holds it (white space at its ends set aside), or failing
     * that the passage nearest to it that holds its text; empty when it crosses passages or covers no passage text.
     *
     * @throws InvalidInputException when its positions do not fit its source
     */
    Optional<Span> span(QdaProject.Source source, QdaProject.Selection selection, String label) {
        int[] range = range(source, selection, label);
        int start = range[0];
        int end = range[1];
        while (start < end && Character.isWhitespace(raw.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return Optional.empty();
        }
        for (Located l : located) {
            if (l.start() <= start && end <= l.end()) {
                return Optional.of(new Span(l.passage().id(), l.offsets()[start - l.start()],
                        l.offsets()[end - l.start()]));
            }
        }
        String quote = raw.substring(start, end);
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PassageInfo passage : passages) {
            int at = passage.text().indexOf(quote);
            if (at >= 0) {
                int distance = located.stream().filter(l -> l.passage().id() == passage.id()).findFirst()
                        .map(l -> Math.abs(l.start() - range[0])).orElse(Integer.MAX_VALUE - 1);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new Span(passage.id(), at, at + quote.length());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The selected text, for messages. */
    String quote(QdaProject.Source source, QdaProject.Selection selection) {
        int[] range = range(source, selection, "selection " + selection.guid());
        return raw.substring(range[0], range[1]).strip();
    }

    /** The selection as UTF-16 offsets into the whole text. */
    private int[] range(QdaProject.Source source, QdaProject.Selection selection, String label) {
        String text = source.text();
        int length = text.codePointCount(0, text.length());
        if (selection.start() < 0 || selection.end() > length || selection.start() >= selection.end()) {
            throw new InvalidInputException(ProjectReader.FIELD, "project.qde: " + label + " runs from "
                    + selection.start() + " to " + selection.end() + ", which is empty or outside its source's "
                    + length + " characters");
        }
        int base = sourceStarts.get(source.guid());
        return new int[]{base + text.offsetByCodePoints(0, selection.start()),
                base + text.offsetByCodePoints(0, selection.end())};
    }
}
