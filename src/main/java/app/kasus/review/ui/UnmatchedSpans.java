package app.kasus.review.ui;

import app.kasus.cases.PassageInfo;
import app.kasus.review.CoderScore;
import app.kasus.review.ScoredSpan;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a coder's coding and gold part: passage by passage in reading order, the gold spans they missed and the spans
 * they added, each a link that opens the case at that span. A missed span opens with the gold layer shown, an added
 * one with the coder's own coding, so the highlight under the selection is the one the line talks about.
 */
final class UnmatchedSpans {

    private record Item(ScoredSpan span, boolean missed) {
    }

    private UnmatchedSpans() {
    }

    static Component of(Component owner, long caseId, CoderScore score, Map<Long, String> quotes,
                        Map<Long, PassageInfo> passages, ScoreNames names, String addedLayer) {
        Div box = new Div();
        box.addClassName("score-unmatched");
        if (score.missed().isEmpty() && score.added().isEmpty()) {
            Paragraph none = new Paragraph(owner.getTranslation("scores.unmatched.none"));
            none.addClassName("empty-state");
            box.add(none);
            return box;
        }
        Comparator<Long> reading = Comparator.comparingInt(
                (Long id) -> passages.containsKey(id) ? passages.get(id).ordinal() : Integer.MAX_VALUE)
                .thenComparing(Comparator.naturalOrder());
        Map<Long, List<Item>> byPassage = new TreeMap<>(reading);
        score.missed().forEach(s -> byPassage.computeIfAbsent(s.passageId(), p -> new ArrayList<>()).add(new Item(s, true)));
        score.added().forEach(s -> byPassage.computeIfAbsent(s.passageId(), p -> new ArrayList<>()).add(new Item(s, false)));
        byPassage.forEach((passageId, items) -> {
            PassageInfo passage = passages.get(passageId);
            H3 heading = new H3(passage == null ? owner.getTranslation("scores.unmatched.passageUnknown")
                    : owner.getTranslation("scores.unmatched.passage", passage.ordinal(), passage.section()));
            heading.addClassName("score-passage");
            UnorderedList list = new UnorderedList();
            items.sort(Comparator.comparingInt((Item i) -> i.span().start()).thenComparingInt(i -> i.span().end()));
            for (Item item : items) {
                list.add(line(owner, caseId, item, quotes.get(item.span().annotationId()), names, addedLayer));
            }
            box.add(heading, list);
        });
        return box;
    }

    private static ListItem line(Component owner, long caseId, Item item, String quoted,
                                 ScoreNames names, String addedLayer) {
        ScoredSpan s = item.span();
        String what = owner.getTranslation(item.missed() ? "scores.unmatched.missed" : "scores.unmatched.added",
                names.code(s.code()), names.actor(s.actor()));
        // The deep link CodingView understands: it selects the span and scrolls to it. Layer ids are URL-safe.
        Anchor link = new Anchor("cases/" + caseId + "?show=" + (item.missed() ? "gold" : addedLayer)
                + "&passage=" + s.passageId() + "&start=" + s.start() + "&end=" + s.end(), what);
        link.addClassName(item.missed() ? "score-missed" : "score-added");
        ListItem line = new ListItem(link);
        if (quoted != null) {
            Span quote = new Span("\u201c" + quoted + "\u201d");
            quote.addClassName("evidence-quote");
            line.add(quote);
        }
        return line;
    }
}
