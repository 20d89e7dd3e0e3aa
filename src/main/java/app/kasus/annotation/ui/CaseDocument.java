package app.kasus.annotation.ui;

import app.kasus.cases.CaseContent;
import app.kasus.cases.NoteInfo;
import app.kasus.cases.PassageInfo;
import app.kasus.cases.SectionInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The case as a reader meets it: a table of contents, the abstracts side by side, the sections with their
 * passages, and the numbered notes. How a passage is shown is the caller's ({@code passageView}).
 */
final class CaseDocument {

    private final Nav toc = new Nav();
    private final Div article = new Div();
    private final Map<String, String> headings = new LinkedHashMap<>();

    /** {@code tools} (links, help) go between the title and the text. */
    CaseDocument(CaseContent content, List<Component> tools,
                 BiFunction<PassageInfo, List<PassageText.Note>, Component> passageView) {
        Map<Integer, NoteInfo> notes = content.notes().stream()
                .collect(Collectors.toMap(NoteInfo::number, n -> n, (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<PassageInfo>> bySection = content.passages().stream()
                .collect(Collectors.groupingBy(PassageInfo::sectionId, LinkedHashMap::new, Collectors.toList()));

        toc.addClassName("toc");
        toc.setAriaLabel(toc.getTranslation("case.contents"));
        OrderedList tocList = new OrderedList();
        toc.add(new H2(toc.getTranslation("case.contents")), tocList);

        Div abstracts = new Div();
        abstracts.addClassName("abstracts");
        Div body = new Div();
        body.addClassName("case-body");
        for (SectionInfo section : content.sections()) {
            Section block = new Section();
            block.setId(anchor(section));
            headings.put(anchor(section), section.heading());
            block.addClassName("case-section");
            block.getElement().setAttribute("lang", section.language());
            block.add(section.level() == 1 ? new H2(section.heading()) : new H3(section.heading()));
            for (PassageInfo p : bySection.getOrDefault(section.id(), List.of())) {
                block.add(passageView.apply(p, p.notes().stream().map(notes::get).filter(Objects::nonNull)
                        .map(n -> new PassageText.Note(n.number(), n.text())).toList()));
            }
            // Abstracts lead the article; they sit side by side so readers can compare the two languages.
            boolean isAbstract = body.getComponentCount() == 0 && isAbstractHeading(section);
            (isAbstract ? abstracts : body).add(block);
            Anchor link = new Anchor("#" + anchor(section), section.heading());
            link.getElement().setAttribute("router-ignore", true);
            ListItem item = new ListItem(link);
            item.addClassName("toc-level-" + section.level());
            tocList.add(item);
        }
        article.add(new H1(content.title()));
        tools.forEach(article::add);
        article.add(abstracts, body, notesList(content.notes()));
        article.addClassName("case-article");
    }

    Nav toc() {
        return toc;
    }

    Div article() {
        return article;
    }

    /** Each section's element id and heading, to name the section a reader is in. */
    Map<String, String> headings() {
        return headings;
    }

    private Component notesList(List<NoteInfo> notes) {
        Section block = new Section();
        block.addClassName("case-notes");
        block.setId("notes");
        block.add(new H2(block.getTranslation("case.notes")));
        if (notes.isEmpty()) {
            block.add(new Paragraph(block.getTranslation("case.noNotes")));
            return block;
        }
        OrderedList list = new OrderedList();
        for (NoteInfo note : notes) {
            ListItem item = new ListItem(note.text());
            item.setId("note-" + note.number());
            item.getElement().setAttribute("value", Integer.toString(note.number()));
            list.add(item);
        }
        block.add(list);
        return block;
    }

    private static boolean isAbstractHeading(SectionInfo section) {
        String heading = section.heading().toLowerCase(Locale.ROOT);
        return heading.startsWith("abstract") || heading.startsWith("abstrak");
    }

    private static String anchor(SectionInfo section) {
        return "section-" + section.id();
    }
}
