package app.kasus.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text extracted from a (two-column) PDF journal article into sections, paragraphs and numbered
 * notes, repairing the usual extraction damage:
 * <ul>
 *   <li>hard-wrapped lines are joined into paragraphs (blank lines separate paragraphs; a line that
 *       starts with a space marks a new page or column and usually continues the paragraph);</li>
 *   <li>footnote blocks spliced into running text are taken out, the interrupted sentence is joined
 *       again, notes interrupted by body text are completed, broken URLs are rejoined and stray
 *       whole-URL lines are dropped;</li>
 *   <li>footnote markers glued to the text ({@code "2019).1 Next"}) become superscript digits;</li>
 *   <li>a line ending in {@code -} is joined without a space, keeping the hyphen;</li>
 *   <li>headings (also letter-spaced ones such as {@code A B S T R A C T}) open sections; standard
 *       article section names are level 1, other headings level 2.</li>
 * </ul>
 * The sequential numbering of the notes is the main signal: only the next expected number can start a
 * note or count as an in-text marker, and a note is only recognised once its marker has been seen.
 */
final class ArticleParser {

    private static final int MAX_HEADING_LINES = 3;
    private static final int MAX_HEADING_WORDS = 12;
    private static final int MAX_SENTENCE_CASE_HEADING_WORDS = 4;
    private static final int MAX_HEADING_LINE_LENGTH = 80;
    private static final int MAX_NOTE_CONTINUATION_LINES = 15;

    /** Characters that may close a sentence after its final punctuation. */
    private static final String CLOSERS = "”’\"')]»›" + FootnoteMarkers.SUPERSCRIPT_DIGITS;

    /** A note line: its number, then (after optional space) its text. */
    private static final Pattern NOTE_START = Pattern.compile("^(\\d{1,3})(?:\\s+(\\S.*)|(\\p{L}.*))$");
    private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_START = Pattern.compile("^(?:https?://|www\\.)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHITESPACE = Pattern.compile("[\\h\\s]+");
    private static final Pattern LETTER_SPACED_WORD = Pattern.compile("\\p{L}(?: \\p{L}){2,}");
    private static final Pattern MONTH_START = Pattern.compile(
            "^(?:jan|feb|febr?uari|mar|maret|march|apr|april|mei|may|jun|juni|june|jul|juli|july|agu|agustus|"
                    + "aug|august|sep|sept|september|okt|oktober|oct|october|nov|november|des|desember|dec|"
                    + "december|januari|january|february)\\b\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Text that looks like a bibliographic note (a year, a URL, Ibid./op. cit.). */
    private static final Pattern CITATION_HINT = Pattern.compile(
            "\\b(?:1[5-9]|20)\\d\\d\\b|\\bibid\\b|\\b(?:op|loc)\\.? ?cit\\b|https?://|www\\.",
            Pattern.CASE_INSENSITIVE);
    /** Note texts that legitimately start in lower case. */
    private static final Pattern LOWERCASE_NOTE_START = Pattern.compile(
            "^(?:ibid|op\\.? ?cit|loc\\.? ?cit|lihat|see|cf\\.|id\\.)", Pattern.CASE_INSENSITIVE);

    /**
     * Parses raw extracted text.
     *
     * @param raw          the extracted text
     * @param bodyLanguage BCP-47 tag of the body text, e.g. "id"; an "Abstract" section gets "en" and an
     *                     "Abstrak" section "id" whatever the body language
     * @throws IllegalArgumentException if the text is blank or no paragraph can be recognised in it
     */
    ParsedArticle parse(String raw, String bodyLanguage) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Article text is empty: there is nothing to import");
        }
        if (bodyLanguage == null || bodyLanguage.isBlank()) {
            throw new IllegalArgumentException("A body language (BCP-47 tag such as \"id\") is required");
        }
        ParsedArticle article = new Run(toLines(raw), bodyLanguage.strip()).execute();
        if (article.sections().stream().allMatch(s -> s.passages().isEmpty())) {
            throw new IllegalArgumentException("No paragraph of running text could be recognised in the article text");
        }
        return article;
    }

    private record Line(String text, boolean blank, boolean pageBreak) {
    }

    private static List<Line> toLines(String raw) {
        String normalised = raw.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        List<Line> lines = new ArrayList<>();
        for (String line : normalised.split("\n", -1)) {
            String text = strip(line);
            boolean blank = text.isEmpty();
            boolean pageBreak = !blank && (line.indexOf('\f') >= 0 || isSpace(line.charAt(0)));
            lines.add(new Line(text, blank, pageBreak));
        }
        return lines;
    }

    /** The state of one parse, walking the lines in document order. */
    private static final class Run {

        private final List<Line> lines;
        private final String bodyLanguage;

        private final List<ParsedSection> sections = new ArrayList<>();
        private String sectionHeading;
        private int sectionLevel;
        private String sectionLanguage;
        private List<ParsedPassage> sectionPassages;
        private boolean seenLevelOne;

        private final StringBuilder paragraph = new StringBuilder();
        private final List<Integer> paragraphNotes = new ArrayList<>();
        /** A blank line (possibly with notes or URLs) came after the last body line. */
        private boolean blankSinceBodyLine;

        private final Map<Integer, StringBuilder> notes = new LinkedHashMap<>();
        private int lastNote;
        private int lastMarker;
        private boolean inNote;
        private String lastNoteLine = "";

        Run(List<Line> lines, String bodyLanguage) {
            this.lines = lines;
            this.bodyLanguage = bodyLanguage;
        }

        ParsedArticle execute() {
            int i = 0;
            while (i < lines.size()) {
                i = step(i);
            }
            flushParagraph();
            closeSection();
            List<ParsedNote> parsedNotes = new ArrayList<>();
            notes.forEach((number, text) -> parsedNotes.add(new ParsedNote(number, clean(text))));
            return new ParsedArticle(sections, parsedNotes);
        }

        /** Handles the line at {@code i}; returns the index of the next line to handle. */
        private int step(int i) {
            Line line = lines.get(i);
            if (!line.blank() && isMarked(line.text())) {
                return marked(i, line.text());
            }
            if (line.blank()) {
                inNote = false;
                blankSinceBodyLine = true;
                return i + 1;
            }
            boolean chunkStart = i == 0 || lines.get(i - 1).blank() || line.pageBreak();
            if (line.pageBreak()) {
                inNote = false;
            }
            Matcher note = nextNoteStart(line.text());
            if (note != null && acceptNoteStart(note, chunkStart)) {
                startNote(note);
                return i + 1;
            }
            if (inNote) {
                appendToNote(line.text());
                return i + 1;
            }
            if (chunkStart) {
                int resume = noteContinuation(i);
                if (resume >= 0) {
                    for (int j = i; j < resume; j++) {
                        appendToNote(lines.get(j).text());
                    }
                    startNote(nextNoteStart(lines.get(resume).text()));
                    return resume + 1;
                }
            }
            if (URL_LINE.matcher(line.text()).matches()) {
                return i + 1; // stray (repeated) URL outside a note
            }
            boolean standaloneSectionName = SectionNames.isStandardName(line.text())
                    && (i + 1 == lines.size() || lines.get(i + 1).blank());
            if (chunkStart || standaloneSectionName) {
                int end = headingEnd(i);
                if (end >= 0) {
                    startSection(i, end);
                    return end;
                }
            }
            addBodyLine(line.text());
            return i + 1;
        }

        // ---------------------------------------------------------------- marked structure (StructuredText)

        private int marked(int i, String text) {
            inNote = false;
            String rest = text.substring(1);
            switch (text.charAt(0)) {
                case StructuredText.HEADING -> {
                    flushParagraph();
                    closeSection();
                    openSection(rest.substring(1), rest.charAt(0) == '1');
                }
                case StructuredText.PARAGRAPH -> {
                    flushParagraph();
                    paragraph.append(explicitMarkers(rest, paragraphNotes));
                    flushParagraph();
                }
                default -> {
                    int space = rest.indexOf(' ');
                    int number = Integer.parseInt(rest.substring(0, space));
                    notes.put(number, new StringBuilder(rest.substring(space + 1)));
                    lastNote = Math.max(lastNote, number);
                }
            }
            blankSinceBodyLine = false;
            return i + 1;
        }

        /** Marked note references become superscript digits, their numbers collected in order. */
        private String explicitMarkers(String text, List<Integer> cited) {
            StringBuilder out = new StringBuilder();
            int k = 0;
            while (k < text.length()) {
                char c = text.charAt(k);
                int end = c == StructuredText.MARKER_START ? text.indexOf(StructuredText.MARKER_END, k) : -1;
                if (end > k + 1) {
                    String digits = text.substring(k + 1, end);
                    out.append(FootnoteMarkers.superscript(digits));
                    int number = Integer.parseInt(digits);
                    cited.add(number);
                    lastMarker = Math.max(lastMarker, number);
                    k = end + 1;
                } else {
                    out.append(c);
                    k++;
                }
            }
            return out.toString();
        }

        // ---------------------------------------------------------------- notes

        /** Matcher on {@code text} if it starts with the next expected note number, else null. */
        private Matcher nextNoteStart(String text) {
            Matcher m = NOTE_START.matcher(text);
            if (!m.matches() || Integer.parseInt(m.group(1)) != lastNote + 1) {
                return null;
            }
            String rest = noteText(m);
            if (Character.isLowerCase(rest.charAt(0)) && !LOWERCASE_NOTE_START.matcher(rest).find()) {
                return null;
            }
            return m;
        }

        private boolean acceptNoteStart(Matcher note, boolean chunkStart) {
            int number = Integer.parseInt(note.group(1));
            String rest = noteText(note);
            boolean cited = number <= lastMarker;
            if (inNote) {
                // "... Diakses pada" + "10 Desember 2020." is a date, not note 10
                boolean previousEnded = endsSentence(lastNoteLine);
                if (MONTH_START.matcher(rest).find() && !previousEnded) {
                    return false;
                }
                return cited || previousEnded;
            }
            if (chunkStart) {
                return cited || CITATION_HINT.matcher(rest).find();
            }
            return false;
        }

        /**
         * A note interrupted by body text (it ran on into the next column) continues in a later chunk that
         * starts with the rest of that note and then carries the next note. Returns the index of the line
         * that starts the next note if the chunk at {@code i} is such a continuation, else -1.
         */
        private int noteContinuation(int i) {
            if (lastNote < 1) {
                return -1;
            }
            String current = notes.get(lastNote).toString();
            boolean unfinished = !endsSentence(current) || current.endsWith("-");
            if (!unfinished && !looksLikeUrlPiece(lines.get(i).text())) {
                return -1;
            }
            for (int k = i + 1; k < lines.size() && k - i <= MAX_NOTE_CONTINUATION_LINES; k++) {
                Line line = lines.get(k);
                if (line.blank() || line.pageBreak()) {
                    return -1;
                }
                Matcher m = nextNoteStart(line.text());
                if (m != null && lastNote + 1 <= lastMarker && endsSentence(lines.get(k - 1).text())) {
                    return k;
                }
            }
            return -1;
        }

        private void startNote(Matcher note) {
            int number = Integer.parseInt(note.group(1));
            String text = noteText(note);
            notes.put(number, new StringBuilder(text));
            lastNote = number;
            inNote = true;
            lastNoteLine = text;
        }

        private void appendToNote(String text) {
            StringBuilder note = notes.get(lastNote);
            String lastToken = note.substring(note.lastIndexOf(" ") + 1);
            if (URL_START.matcher(lastToken).find() && continuesUrl(text)) {
                note.append(text);
            } else {
                joinLine(note, text);
            }
            lastNoteLine = text;
        }

        // ---------------------------------------------------------------- headings and sections

        /** If a heading starts at {@code i}, the index just after it, else -1. */
        private int headingEnd(int i) {
            if (paragraph.length() > 0 && !endsSentence(paragraph)) {
                return -1; // the open paragraph goes on: this is its next line
            }
            String first = lines.get(i).text();
            if (isLetterSpaced(first) || SectionNames.isStandardName(first)) {
                return i + 1; // unmistakable even when the text follows without a blank line
            }
            int j = i;
            while (j < lines.size() && !lines.get(j).blank() && (j == i || !lines.get(j).pageBreak())) {
                j++;
                if (j - i > MAX_HEADING_LINES) {
                    return -1;
                }
            }
            if (j < lines.size() && !lines.get(j).blank()) {
                return -1; // a heading stands alone: a blank line (or the end) follows it
            }
            List<String> chunk = new ArrayList<>();
            for (int k = i; k < j; k++) {
                chunk.add(lines.get(k).text());
            }
            if (!looksLikeHeading(chunk) || nextTextStartsLowercase(j)) {
                return -1;
            }
            return j;
        }

        private boolean looksLikeHeading(List<String> chunk) {
            if (chunk.size() == 1 && isLetterSpaced(chunk.get(0))) {
                return true;
            }
            String first = SectionNames.NUMBERING.matcher(chunk.get(0)).replaceFirst("");
            if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0))) {
                return false;
            }
            int words = 0;
            int lowercaseWords = 0;
            for (int k = 0; k < chunk.size(); k++) {
                String text = chunk.get(k);
                if (text.length() > MAX_HEADING_LINE_LENGTH || URL_START.matcher(text).find()) {
                    return false;
                }
                char last = text.charAt(text.length() - 1);
                boolean lastLine = k == chunk.size() - 1;
                if (".!?;".indexOf(last) >= 0 || lastLine && ",:-".indexOf(last) >= 0 || FootnoteMarkers.endsWithDigitGlued(text)) {
                    return false;
                }
                for (String word : text.split("\\s+")) {
                    words++;
                    if (SectionNames.isLowercaseContentWord(word)) {
                        lowercaseWords++;
                    }
                }
            }
            String[] lastWords = chunk.get(chunk.size() - 1).split("\\s+");
            if (SectionNames.FUNCTION_WORDS.contains(lastWords[lastWords.length - 1])) {
                return false; // "... berhenti di" goes on in the next column
            }
            // headings are in title case ("Kegagalan Negosiasi Nuklir Hanoi: Faktor AS"); a short one may be
            // in sentence case ("Metode penelitian"); a run of lower-case words is a fragment of a sentence
            return words <= MAX_HEADING_WORDS
                    && (lowercaseWords <= 1 || chunk.size() == 1 && words <= MAX_SENTENCE_CASE_HEADING_WORDS);
        }

        /** A short "heading" followed by text in lower case is the start of a sentence broken by the layout. */
        private boolean nextTextStartsLowercase(int from) {
            int k = from;
            int guard = 0;
            while (k < lines.size() && guard++ < 200) {
                Line line = lines.get(k);
                if (line.blank() || URL_LINE.matcher(line.text()).matches()) {
                    k++;
                    continue;
                }
                Matcher m = NOTE_START.matcher(line.text());
                if (m.matches() && Integer.parseInt(m.group(1)) > lastNote && (k == 0 || lines.get(k - 1).blank())) {
                    // skip a note block
                    k++;
                    while (k < lines.size() && !lines.get(k).blank() && !lines.get(k).pageBreak()) {
                        k++;
                    }
                    continue;
                }
                return startsLowercase(line.text());
            }
            return false;
        }

        private void startSection(int from, int to) {
            flushParagraph();
            closeSection();
            StringBuilder heading = new StringBuilder();
            for (int k = from; k < to; k++) {
                String text = lines.get(k).text();
                joinLine(heading, isLetterSpaced(text) ? unspace(text) : text);
            }
            openSection(clean(heading), false);
        }

        /** {@code topLevel}: the source marked it as a section; otherwise its name decides. */
        private void openSection(String title, boolean topLevel) {
            String key = SectionNames.NUMBERING.matcher(title.toLowerCase(Locale.ROOT)).replaceFirst("");
            sectionHeading = title;
            // a heading that is not a standard section name is a sub-section of the current section
            sectionLevel = topLevel || SectionNames.isLevelOne(key) || !seenLevelOne ? 1 : 2;
            seenLevelOne |= sectionLevel == 1;
            sectionLanguage = key.startsWith("abstract") ? "en"
                    : key.startsWith("abstrak") ? "id" : bodyLanguage;
            sectionPassages = new ArrayList<>();
            blankSinceBodyLine = false;
        }

        private void closeSection() {
            if (sectionPassages != null) {
                sections.add(new ParsedSection(sectionHeading, sectionLevel, sectionLanguage, sectionPassages));
                sectionPassages = null;
            }
        }

        // ---------------------------------------------------------------- paragraphs

        private void addBodyLine(String raw) {
            List<Integer> cited = new ArrayList<>();
            String text = convertMarkers(raw, cited);
            if (paragraph.length() > 0 && blankSinceBodyLine && endsSentence(paragraph) && !startsLowercase(text)) {
                flushParagraph();
            }
            joinLine(paragraph, text);
            paragraphNotes.addAll(cited);
            blankSinceBodyLine = false;
        }

        private void flushParagraph() {
            String text = clean(paragraph);
            if (!text.isEmpty()) {
                if (sectionPassages == null) {
                    sectionHeading = "";
                    sectionLevel = 1;
                    sectionLanguage = bodyLanguage;
                    sectionPassages = new ArrayList<>();
                }
                sectionPassages.add(new ParsedPassage(text, paragraphNotes, sectionLanguage));
            }
            paragraph.setLength(0);
            paragraphNotes.clear();
        }

        /**
         * Replaces footnote markers (the next expected note numbers, glued to the preceding word or
         * punctuation) by superscript digits and collects their numbers.
         */
        private String convertMarkers(String text, List<Integer> cited) {
            StringBuilder out = new StringBuilder();
            Matcher m = DIGITS.matcher(text);
            int copied = 0;
            int lastMarkerEnd = -1;
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (m.group().length() > 3 || !FootnoteMarkers.isMarkerPosition(text, start, end, lastMarkerEnd)) {
                    continue;
                }
                int number = Integer.parseInt(m.group());
                boolean afterPunctuation = !Character.isLetter(text.charAt(start - 1));
                if (number != lastMarker + 1 && !(afterPunctuation && number == lastMarker + 2)) {
                    continue;
                }
                out.append(text, copied, start).append(FootnoteMarkers.superscript(m.group()));
                copied = end;
                lastMarkerEnd = end;
                lastMarker = number;
                cited.add(number);
            }
            return out.append(text, copied, text.length()).toString();
        }
    }

    // -------------------------------------------------------------------- helpers

    private static boolean isMarked(String text) {
        char first = text.charAt(0);
        if (first == StructuredText.HEADING) {
            return text.length() > 2 && Character.isDigit(text.charAt(1));
        }
        if (first == StructuredText.PARAGRAPH) {
            return text.length() > 1;
        }
        return first == StructuredText.NOTE && text.matches("^.\\d{1,4} .+$");
    }

    private static String noteText(Matcher note) {
        return note.group(2) != null ? note.group(2) : note.group(3);
    }

    /** Ends with sentence-final punctuation, possibly followed by quotes, brackets or note markers. */
    private static boolean endsSentence(CharSequence text) {
        int k = text.length();
        while (k > 0 && (CLOSERS.indexOf(text.charAt(k - 1)) >= 0 || isSpace(text.charAt(k - 1)))) {
            k--;
        }
        return k > 0 && ".!?…".indexOf(text.charAt(k - 1)) >= 0;
    }

    /** The first letter or digit of the text is a lower-case letter. */
    private static boolean startsLowercase(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /** Joins a wrapped line: without space after a hyphen glued to a word, else with one space. */
    private static void joinLine(StringBuilder target, String text) {
        int length = target.length();
        if (length == 0) {
            target.append(text);
        } else if (target.charAt(length - 1) == '\u00AD') {
            target.setLength(length - 1); // soft hyphen: the word was split by the layout
            target.append(text);
        } else if (target.charAt(length - 1) == '-' && length >= 2 && !isSpace(target.charAt(length - 2))) {
            target.append(text); // AS- + Korut = AS-Korut, berbeda- + beda = berbeda-beda
        } else {
            target.append(' ').append(text);
        }
    }

    /** A line that goes on with a URL broken at the end of the previous line. */
    private static boolean continuesUrl(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return true;
        }
        String firstToken = text.substring(0, space);
        return firstToken.chars().anyMatch(c -> "/=&?_%#~".indexOf(c) >= 0);
    }

    private static boolean looksLikeUrlPiece(String text) {
        return text.indexOf(' ') < 0 && text.chars().anyMatch(c -> "/=&?_%#~".indexOf(c) >= 0);
    }

    private static boolean isLetterSpaced(String text) {
        for (String word : text.split("\\s{2,}")) {
            if (!LETTER_SPACED_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /** "A B S T R A C T" becomes "Abstract". */
    private static String unspace(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("\\s{2,}")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.replace(" ", ""));
        }
        String lower = out.toString().toLowerCase(Locale.ROOT);
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    static String clean(CharSequence text) {
        return WHITESPACE.matcher(text.toString().replace("\u00AD", "")).replaceAll(" ").strip();
    }

    private static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
