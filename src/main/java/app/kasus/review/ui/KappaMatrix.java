package app.kasus.review.ui;

import app.kasus.review.AgreementFigures;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.function.Function;

/**
 * Cohen's kappa of every pair of coders as a coder × coder table: a real table with row and column headers, each
 * cell coloured by its {@link KappaScale} band and showing its number ("—" where kappa is undefined).
 */
class KappaMatrix extends Composite<Div> {

    KappaMatrix(AgreementFigures figures, String caption, Function<Double, String> format, String undefined,
                String sameCoder) {
        NativeTable table = new NativeTable();
        table.setId("agreement-matrix");
        table.addClassName("kappa-matrix");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().getElement().setAttribute("scope", "col");
        for (String coder : figures.coders()) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(coder);
            cell.getElement().setAttribute("scope", "col");
        }
        for (String row : figures.coders()) {
            NativeTableRow tr = table.getBody().addRow();
            NativeTableHeaderCell header = tr.addHeaderCell();
            header.setText(row);
            header.getElement().setAttribute("scope", "row");
            for (String column : figures.coders()) {
                NativeTableCell cell = tr.addDataCell();
                if (row.equals(column)) {
                    cell.setText("—");
                    cell.addClassName("kappa-self");
                    cell.getElement().setAttribute("title", sameCoder);
                    continue;
                }
                Double kappa = figures.kappa(row, column).orElse(null);
                KappaScale band = KappaScale.of(kappa);
                cell.setText(kappa == null ? "—" : format.apply(kappa));
                cell.addClassName(band.cssClass());
                cell.getElement().setAttribute("title", kappa == null ? undefined : cell.getTranslation(band.labelKey()));
                cell.getElement().setAttribute("data-a", row);
                cell.getElement().setAttribute("data-b", column);
            }
        }
        Div scroll = getContent();
        scroll.addClassName("table-scroll");
        scroll.add(table);
    }
}
