package app.kasus.review.ui;

import app.kasus.review.AgreementFigures;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.function.Function;

/** The all-coder figures of every code side by side, coloured on the same scale as the kappa table. */
class CodeSummaryTable extends Composite<Div> {

    CodeSummaryTable(List<AgreementFigures> figures, Function<String, String> codeName, List<String> headers,
                     String caption, Function<Double, String> format) {
        NativeTable table = new NativeTable();
        table.setId("agreement-codes");
        table.addClassName("kappa-matrix");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String text : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(text);
            cell.getElement().setAttribute("scope", "col");
        }
        for (AgreementFigures f : figures) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(codeName.apply(f.code()));
            name.getElement().setAttribute("scope", "row");
            for (Double value : new Double[] {f.fleissKappa(), f.krippendorffAlpha(), f.unitizingAlpha()}) {
                NativeTableCell cell = row.addDataCell();
                cell.setText(value == null ? "—" : format.apply(value));
                cell.addClassName(KappaScale.of(value).cssClass());
                cell.getElement().setAttribute("title", cell.getTranslation(KappaScale.of(value).labelKey()));
            }
        }
        getContent().addClassName("table-scroll");
        getContent().add(table);
    }
}
