package app.kasus.cases.ui;

import app.kasus.cases.ParsedPassage;
import app.kasus.cases.ParsedSection;
import app.kasus.cases.document.DocumentPreview;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/** How the document was split: its sections and the first words of each passage, as text (never as HTML). */
class CasePreviewPanel extends Section {

    /** Enough to judge the split; a page of thousands of passages would only be slow. */
    static final int MAX_PASSAGES_SHOWN = 300;
    private static final int FIRST_CHARACTERS = 160;

    CasePreviewPanel() {
        setId("case-preview");
        addClassName("case-preview");
        setVisible(false);
    }

    void show(String fileName, DocumentPreview preview) {
        removeAll();
        int passages = preview.article().passageCount();
        Paragraph summary = new Paragraph(getTranslation("caseImport.summary",
                getTranslation("caseImport.type." + preview.type().name()),
                preview.article().sections().size(), passages, preview.article().notes().size(),
                preview.language()));
        summary.setId("case-preview-summary");
        summary.addClassName("case-preview-summary");
        add(new H2(getTranslation("caseImport.preview.title", fileName)), summary);
        int shown = 0;
        for (ParsedSection section : preview.article().sections()) {
            if (shown >= MAX_PASSAGES_SHOWN) {
                break;
            }
            Div block = new Div();
            block.addClassName("case-preview-section");
            String heading = section.heading().isEmpty() ? getTranslation("caseImport.preview.noHeading")
                    : section.heading();
            H3 title = new H3(heading);
            title.addClassName(section.level() == 1 ? "case-preview-level1" : "case-preview-level2");
            OrderedList list = new OrderedList();
            for (ParsedPassage passage : section.passages()) {
                if (shown++ >= MAX_PASSAGES_SHOWN) {
                    break;
                }
                Span language = new Span(passage.language());
                language.addClassName("case-preview-language");
                language.getElement().setAttribute("title", getTranslation("caseImport.preview.language"));
                ListItem item = new ListItem(language, new Span(firstCharacters(passage.text())));
                item.getElement().setAttribute("lang", passage.language());
                list.add(item);
            }
            block.add(title, list);
            add(block);
        }
        if (passages > MAX_PASSAGES_SHOWN) {
            add(new Paragraph(getTranslation("caseImport.preview.more", passages - MAX_PASSAGES_SHOWN)));
        }
        setVisible(true);
    }

    private static String firstCharacters(String text) {
        return text.length() <= FIRST_CHARACTERS ? text : text.substring(0, FIRST_CHARACTERS).strip() + "…";
    }
}
