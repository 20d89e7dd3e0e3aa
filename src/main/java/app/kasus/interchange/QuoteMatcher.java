package app.kasus.interchange;

import app.kasus.cases.PassageInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds where an imported annotation's selectors point in a case's passages. A TextPositionSelector whose text equals
 * the quote (or that comes without one) settles it; otherwise every occurrence of the quote's {@code exact} whose
 * surroundings agree with its {@code prefix} and {@code suffix} is a candidate, and a position, if given, picks the
 * nearest. Positions are Unicode code points, as the W3C model counts them; the result is in the UTF-16 offsets
 * Kasus stores.
 */
final class QuoteMatcher {

    /** A span in one passage, in UTF-16 offsets. */
    record Match(PassageInfo passage, int start, int end) {
    }

    /** The selectors of one target, any of them null when absent; positions in code points. */
    record Selectors(String exact, String prefix, String suffix, Integer start, Integer end) {
    }

    sealed interface Outcome permits Found, NotFound {
    }

    record Found(Match match) implements Outcome {
    }

    record NotFound(String reason) implements Outcome {
    }

    private QuoteMatcher() {
    }

    static Outcome find(Selectors s, List<PassageInfo> passages) {
        if (s.exact() == null && s.start() == null) {
            return new NotFound("the target has neither a TextQuoteSelector nor a TextPositionSelector");
        }
        if (s.exact() != null && s.exact().isEmpty()) {
            return new NotFound("the TextQuoteSelector's exact text is empty");
        }
        List<Match> byPosition = new ArrayList<>();
        List<Match> byQuote = new ArrayList<>();
        for (PassageInfo p : passages) {
            positioned(s, p).ifPresent(byPosition::add);
            if (s.exact() != null) {
                byQuote.addAll(quoted(s, p));
            }
        }
        if (byPosition.size() == 1) {
            return new Found(byPosition.get(0));
        }
        if (s.exact() == null) {
            return byPosition.isEmpty() ? new NotFound("the position lies outside the passage")
                    : new NotFound("the position fits " + byPosition.size() + " passages; name the passage as source");
        }
        if (byQuote.isEmpty()) {
            return new NotFound("the quoted text was not found"
                    + (passages.size() == 1 ? " in the passage" : " in the case"));
        }
        if (byQuote.size() == 1) {
            return new Found(byQuote.get(0));
        }
        if (s.start() != null && passages.size() == 1) {
            return new Found(byQuote.stream().min(Comparator.comparingInt(m -> distance(m, s.start()))).orElseThrow());
        }
        return new NotFound("the quoted text occurs " + byQuote.size() + " times and prefix/suffix do not tell which");
    }

    private static int distance(Match m, int startCodePoint) {
        return Math.abs(m.passage().text().codePointCount(0, m.start()) - startCodePoint);
    }

    private static Optional<Match> positioned(Selectors s, PassageInfo p) {
        if (s.start() == null || s.end() == null) {
            return Optional.empty();
        }
        String text = p.text();
        int codePoints = text.codePointCount(0, text.length());
        if (s.start() < 0 || s.end() > codePoints || s.start() >= s.end()) {
            return Optional.empty();
        }
        int start = text.offsetByCodePoints(0, s.start());
        int end = text.offsetByCodePoints(0, s.end());
        if (s.exact() != null && !text.substring(start, end).equals(s.exact())) {
            return Optional.empty();
        }
        return Optional.of(new Match(p, start, end));
    }

    private static List<Match> quoted(Selectors s, PassageInfo p) {
        List<Match> found = new ArrayList<>();
        String text = p.text();
        for (int at = text.indexOf(s.exact()); at >= 0; at = text.indexOf(s.exact(), at + 1)) {
            int end = at + s.exact().length();
            boolean prefixFits = s.prefix() == null || text.substring(0, at).endsWith(s.prefix());
            boolean suffixFits = s.suffix() == null || text.substring(end).startsWith(s.suffix());
            if (prefixFits && suffixFits) {
                found.add(new Match(p, at, end));
            }
        }
        return found;
    }
}
