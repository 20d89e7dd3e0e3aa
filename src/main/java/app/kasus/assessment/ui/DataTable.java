package app.kasus.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A real HTML table of text cells. Charts are drawn on a canvas a screen reader cannot read, so every figure
 * of a chart is also offered here. The first {@code rowHeaders} columns name the row; columns from
 * {@code firstNumber} on hold figures and are right-aligned.
 */
final class DataTable {

    private DataTable() {
    }

    /** The table in a box that scrolls sideways, so a wide table never widens a narrow screen. */
    static Component of(String caption, List<String> headers, List<List<String>> rows, int rowHeaders,
                        int firstNumber) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (int i = 0; i < headers.size(); i++) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(headers.get(i));
            cell.getElement().setAttribute("scope", "col");
            if (i >= firstNumber) {
                cell.addClassName("num");
            }
        }
        NativeTableBody body = table.getBody();
        for (List<String> values : rows) {
            NativeTableRow row = body.addRow();
            for (int i = 0; i < values.size(); i++) {
                Component cell;
                if (i < rowHeaders) {
                    NativeTableHeaderCell header = row.addHeaderCell();
                    header.setText(values.get(i));
                    header.getElement().setAttribute("scope", "row");
                    cell = header;
                } else {
                    NativeTableCell data = row.addDataCell();
                    data.setText(values.get(i));
                    cell = data;
                }
                if (i >= firstNumber) {
                    cell.addClassName("num");
                }
            }
        }
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        return scroll;
    }
}
