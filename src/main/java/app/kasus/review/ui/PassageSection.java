package app.kasus.review.ui;

import app.kasus.annotation.AnnotationData;
import app.kasus.cases.PassageInfo;
import app.kasus.codebook.Codebook;
import app.kasus.review.Disagreements.PassageReview;
import app.kasus.review.Disagreements.Unit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;

/**
 * One passage under review: its text (gold spans highlighted; selecting text starts a new gold span), a table with
 * a row per chosen coder listing that coder's spans, and a row with the passage's gold spans. Rendered once per
 * change of the passage's data; all user text is set as text.
 */
class PassageSection extends Section {

    /** What the buttons ask the page to do; the page talks to the services. */
    interface Actions {
        void accept(AnnotationData span);

        void add(Integer start, Integer end);

        void edit(AnnotationData gold);

        void delete(AnnotationData gold);
    }

    private static final int QUOTE_IN_NAME = 40;

    private final PassageReview review;
    private final Codebook codebook;
    private final boolean mayEdit;
    private final Actions actions;
    private final Locale locale;
    private final boolean compared;
    private final int ordinal;

    PassageSection(PassageInfo info, PassageReview review, List<String> coders, Codebook codebook, long caseId,
                   boolean mayEdit, Actions actions) {
        this.review = review;
        this.codebook = codebook;
        this.mayEdit = mayEdit;
        this.actions = actions;
        this.locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        this.compared = coders.size() > 1;
        this.ordinal = info.ordinal();
        long pid = review.passageId();
        setId("review-passage-" + pid);
        addClassName("review-passage");
        String name = getTranslation("review.passage", info.ordinal());
        H2 heading = new H2(name + (info.section() == null || info.section().isBlank() ? "" : " · " + info.section()));
        heading.setId("review-heading-" + pid);
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Anchor open = new Anchor(readingLink(caseId), getTranslation("review.open"));
        open.addClassName("review-open");
        open.getElement().setAttribute("aria-label", getTranslation("review.openPassage", info.ordinal()));

        ReviewPassage text = new ReviewPassage(info.text(), info.language(), name);
        text.addClassName("review-text");
        text.setHighlights(review.gold().stream().map(g -> new ReviewPassage.Highlight(g.id(), g.start(), g.end(),
                color(g.code()), getTranslation("review.goldRow") + ": " + describe(g), false, true)).toList());
        if (mayEdit) {
            text.addSelectionListener(actions::add);
        }

        NativeTable table = new NativeTable();
        table.addClassName("review-table");
        table.getElement().setAttribute("aria-label", getTranslation("review.tableName", info.ordinal()));
        NativeTableRow head = new NativeTableRow();
        head.add(header(getTranslation("review.column.coder"), "col"), header(getTranslation("review.column.spans"), "col"));
        table.getHead().add(head);
        NativeTableBody body = table.getBody();
        for (String coder : coders) {
            body.add(row(coder, coderSpans(coder), "review-row-" + pid + "-" + coder));
        }
        body.add(row(getTranslation("review.goldRow"), goldSpans(), "review-gold-" + pid));
        add(heading, open, text, table);
    }

    private String readingLink(long caseId) {
        int start = 0;
        int end = 0;
        if (!review.units().isEmpty()) {
            start = review.units().get(0).key().start();
            end = review.units().get(0).key().end();
        } else if (!review.gold().isEmpty()) {
            start = review.gold().get(0).start();
            end = review.gold().get(0).end();
        }
        return "cases/" + caseId + "?show=all&passage=" + review.passageId() + "&start=" + start + "&end=" + end;
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private NativeTableRow row(String label, Component content, String id) {
        NativeTableRow row = new NativeTableRow();
        row.setId(id);
        row.add(header(label, "row"), new NativeTableCell(content));
        return row;
    }

    private Component coderSpans(String coder) {
        List<Unit> units = review.unitsOf(coder);
        if (units.isEmpty()) {
            Span none = new Span(getTranslation("review.noSpans"));
            none.addClassName("review-none");
            return none;
        }
        UnorderedList spans = new UnorderedList();
        spans.addClassName("review-spans");
        for (Unit unit : units) {
            AnnotationData span = unit.byCoder().get(coder).get(0);
            ListItem item = spanItem(span);
            item.setId("review-span-" + span.id());
            if (unit.agreed() && compared) {
                item.add(badge(getTranslation("review.agreed"), "review-agreed"));
            }
            if (unit.inGold()) {
                item.add(badge(getTranslation("review.inGold"), "review-in-gold"));
            } else if (mayEdit) {
                Button accept = button(getTranslation("review.accept"), "accept-" + span.id(),
                        getTranslation("review.acceptFor", coder, shortQuote(span)), () -> actions.accept(span));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                item.add(accept);
            }
            spans.add(item);
        }
        return spans;
    }

    private Component goldSpans() {
        UnorderedList spans = new UnorderedList();
        spans.addClassName("review-spans");
        for (AnnotationData g : review.gold()) {
            ListItem item = spanItem(g);
            item.setId("review-gold-span-" + g.id());
            if (mayEdit) {
                item.add(button(getTranslation("review.edit"), "edit-gold-" + g.id(),
                                getTranslation("review.editFor", shortQuote(g)), () -> actions.edit(g)),
                        button(getTranslation("coding.delete"), "delete-gold-" + g.id(),
                                getTranslation("review.deleteFor", shortQuote(g)), () -> actions.delete(g)));
            }
            spans.add(item);
        }
        Div cell = new Div();
        if (review.gold().isEmpty()) {
            Span none = new Span(getTranslation("review.noGold"));
            none.addClassName("review-none");
            cell.add(none);
        } else {
            cell.add(spans);
        }
        if (mayEdit) {
            cell.add(button(getTranslation("review.add"), "add-gold-" + review.passageId(),
                    getTranslation("review.addFor", ordinal), () -> actions.add(null, null)));
        }
        return cell;
    }

    private ListItem spanItem(AnnotationData a) {
        Span swatch = new Span();
        swatch.addClassName("review-swatch");
        swatch.getStyle().set("background-color", color(a.code()));
        swatch.getElement().setAttribute("aria-hidden", "true");
        Span code = new Span(codeName(a.code()));
        code.addClassName("review-code");
        Span quote = new Span("“" + a.quote() + "”");
        quote.addClassName("review-quote");
        Span details = new Span(actorName(a.actor()) + " → " + actorName(a.addressee()) + " · "
                + getTranslation("coding.stageShort", a.stage())
                + (a.valence() == null ? "" : " · " + getTranslation("valence." + a.valence())));
        details.addClassName("review-details");
        ListItem item = new ListItem(swatch, code, quote, details);
        item.addClassName("review-span");
        return item;
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.addClassName("review-badge");
        badge.addClassName(className);
        return badge;
    }

    private static Button button(String text, String id, String accessibleName, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", accessibleName);
        return button;
    }

    private String describe(AnnotationData a) {
        return codeName(a.code()) + " · " + actorName(a.actor()) + " → " + actorName(a.addressee()) + " · "
                + getTranslation("coding.stageShort", a.stage());
    }

    private static String shortQuote(AnnotationData a) {
        return a.quote().length() > QUOTE_IN_NAME ? a.quote().substring(0, QUOTE_IN_NAME - 1) + "…" : a.quote();
    }

    private String codeName(String key) {
        return codebook.code(key).map(c -> c.name().in(locale)).orElse(key);
    }

    private String color(String key) {
        return codebook.code(key).map(c -> c.color()).orElse("#9ca3af");
    }

    private String actorName(String key) {
        return codebook.actor(key).map(x -> x.name().in(locale)).orElse(key);
    }
}
