package app.kasus.cases;

/**
 * Footnote markers in running text: where digits glued to a word are a marker ("2019).1") rather than part
 * of the text ("3.5 persen", "G20"), and how markers are written in a passage (superscript digits).
 */
final class FootnoteMarkers {

    static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Characters a footnote marker may be glued to (besides letters). */
    private static final String MARKER_PRECEDERS = ".,;)]”’\"'?!»";

    private FootnoteMarkers() {
    }

    static boolean isMarkerPosition(String text, int start, int end, int lastMarkerEnd) {
        if (start == 0) {
            return false;
        }
        boolean followedOk = end == text.length() || ArticleParser.isSpace(text.charAt(end))
                || text.charAt(end) == ',' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
        if (!followedOk) {
            return false;
        }
        char before = text.charAt(start - 1);
        if (Character.isLowerCase(before)) {
            return true;
        }
        if (Character.isUpperCase(before)) {
            // "AS2" may be a marker, "G20" is a name
            return start >= 2 && Character.isUpperCase(text.charAt(start - 2));
        }
        if (MARKER_PRECEDERS.indexOf(before) < 0) {
            return false;
        }
        if ((before == '.' || before == ',') && start >= 2 && Character.isDigit(text.charAt(start - 2))) {
            if (before == ',' && lastMarkerEnd == start - 1) {
                return true; // a list of markers: "...text.1,2"
            }
            // "3.5 persen" is a decimal; "... pada 2019.5 Next" is a year followed by a marker
            int yearStart = start - 1;
            while (yearStart > 0 && Character.isDigit(text.charAt(yearStart - 1))) {
                yearStart--;
            }
            if (before != '.' || start - 1 - yearStart != 4
                    || yearStart > 0 && ".,".indexOf(text.charAt(yearStart - 1)) >= 0) {
                return false;
            }
            int year = Integer.parseInt(text.substring(yearStart, start - 1));
            return year >= 1500 && year <= 2099;
        }
        return true;
    }

    /** True if the text ends with a digit glued to a word or punctuation (a footnote marker). */
    static boolean endsWithDigitGlued(String text) {
        int k = text.length();
        while (k > 0 && Character.isDigit(text.charAt(k - 1))) {
            k--;
        }
        return k < text.length() && k > 0 && !ArticleParser.isSpace(text.charAt(k - 1));
    }

    static String superscript(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }
}
