package org.reportauditor.template;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.CellReading;

/**
 * Lays the value cells printed after a row's label onto the template's columns. Empty cells at
 * either end beyond the column count are layout (a merged label column, a trailing tab) and are
 * dropped, and so are words before the numbers (a label's wrapped end); a row that printed too few cells is read left to right and the cells it lacks are
 * {@link CellReading#MISSING}, never shifted silently.
 */
final class CellValues {
    private CellValues() {
    }

    /** The result of laying a row out: its cells, and whether the printed cells fitted the columns. */
    record Laid(List<Cell> cells, boolean fitted) {
    }

    static Laid lay(String table, String rowId, List<ColumnSpec> columns, List<PrintedCell> printed) {
        List<PrintedCell> values = new ArrayList<>(printed);
        // beyond the column count, empty cells and words before the numbers are layout: a merged
        // label column, the rest of a label wrapped into the next cell
        while (values.size() > columns.size() && (values.get(0).isEmpty() || values.get(0).isWords())) {
            values.remove(0);
        }
        while (values.size() > columns.size() && values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1);
        }
        List<Cell> cells = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec column = columns.get(i);
            CellAddress address = new CellAddress(table, rowId, column.id());
            if (i < values.size()) {
                PrintedCell p = values.get(i);
                NumberReading reading = NumberParser.read(p.text(), column.kind());
                cells.add(new Cell(address, p.text(), reading.value(), reading.reading(), p.source()));
            } else {
                cells.add(new Cell(address, "", null, CellReading.MISSING, null));
            }
        }
        return new Laid(cells, values.size() == columns.size());
    }
}
