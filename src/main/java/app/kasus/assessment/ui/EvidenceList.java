package app.kasus.assessment.ui;

import app.kasus.annotation.AnnotationData;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stage's evidence: its annotations in reading order, each linking to its span in the case text so a reader
 * can check the verdict against the passage. Collapsed at first, so four stages keep the page short.
 */
final class EvidenceList extends Details {

    EvidenceList(long caseId, List<Long> evidence, Map<Long, AnnotationData> annotations, Names names,
                 boolean showAuthors) {
        List<AnnotationData> items = evidence.stream().map(annotations::get).filter(Objects::nonNull).toList();
        setSummaryText(getTranslation("assessment.evidence", items.size()));
        addClassName("evidence-list");
        UnorderedList list = new UnorderedList();
        for (AnnotationData a : items) {
            String what = names.code(a.code()) + " · " + names.actor(a.actor()) + " → " + names.actor(a.addressee());
            // The same deep link CodingView understands: it selects the span and scrolls to it.
            Anchor link = new Anchor("cases/" + caseId + "?passage=" + a.passageId() + "&start=" + a.start()
                    + "&end=" + a.end(), what);
            link.addClassName("evidence-link");
            Span quote = new Span("“" + (a.quote() == null ? "" : a.quote()) + "”");
            quote.addClassName("evidence-quote");
            ListItem item = new ListItem(link, quote);
            if (showAuthors) {
                Span author = new Span(a.author());
                author.addClassName("evidence-author");
                item.add(author);
            }
            list.add(item);
        }
        add(list);
    }
}
