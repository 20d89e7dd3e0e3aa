package app.kasus.review.ui;

import app.kasus.review.CoderScore;
import app.kasus.review.Figures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Map;

/** One coder's figures per code and over all codes, as a plain HTML table a screen reader reads cell by cell. */
final class FiguresTable {

    private FiguresTable() {
    }

    static Component of(Component owner, CoderScore score, ScoreNames names, String caption) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.addClassName("score-figures");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("scores.column.code", "scores.column.precision", "scores.column.recall",
                "scores.column.f1", "scores.column.tp", "scores.column.fp", "scores.column.fn")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(owner.getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (Map.Entry<String, Figures> code : score.codes().entrySet()) {
            row(table, names.code(code.getKey()), code.getValue(), names);
        }
        row(table, owner.getTranslation("scores.allCodes"), score.micro(), names).addClassName("score-micro");
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        return scroll;
    }

    private static NativeTableRow row(NativeTable table, String label, Figures f, ScoreNames names) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell header = row.addHeaderCell();
        header.setText(label);
        header.getElement().setAttribute("scope", "row");
        for (String value : List.of(names.ratio(f.precision()), names.ratio(f.recall()), names.ratio(f.f1()),
                Integer.toString(f.tp()), Integer.toString(f.fp()), Integer.toString(f.fn()))) {
            NativeTableCell cell = row.addDataCell();
            cell.setText(value);
            cell.addClassName("num");
        }
        return row;
    }
}
