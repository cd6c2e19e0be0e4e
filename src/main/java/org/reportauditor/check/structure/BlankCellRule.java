package org.reportauditor.check.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.check.Rule;
import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.CellReading;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Name;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TableRow;
import org.reportauditor.model.Text;
import org.reportauditor.template.CellNames;
import org.reportauditor.template.Template;

/**
 * {@code blank-cell}: cells that must hold a number are empty (one finding per table: agencies
 * that leave zeros blank leave dozens of them), or were not printed at all, a row that printed
 * fewer cells than the template has (one finding per row: more likely a misreading to look at).
 */
public final class BlankCellRule implements Rule {
    public static final String ID = "blank-cell";
    private static final int ROWS_NAMED = 4;

    @Override
    public List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (ReportTable table : report.tables()) {
            List<CellAddress> blank = new ArrayList<>();
            List<Object> rowsWithBlanks = new ArrayList<>();
            TableRow firstBlankRow = null;
            for (TableRow row : table.rows()) {
                List<CellAddress> missing = cells(row, CellReading.MISSING);
                if (!missing.isEmpty()) {
                    findings.add(Finding.onCells(ID, Severity.WARNING, missing, Text.of("finding.blank-cell.missing",
                            rowName(table, row), columnNames(table, row, missing), row.cells().size() - missing.size()),
                            row.source()));
                }
                List<CellAddress> empty = cells(row, CellReading.BLANK);
                if (!empty.isEmpty()) {
                    blank.addAll(empty);
                    firstBlankRow = firstBlankRow == null ? row : firstBlankRow;
                    if (rowsWithBlanks.size() < ROWS_NAMED) {
                        rowsWithBlanks.add(Text.of("finding.blank-cell.row", rowName(table, row),
                                columnNames(table, row, empty)));
                    }
                }
            }
            if (!blank.isEmpty()) {
                long rows = blank.stream().map(CellAddress::row).distinct().count();
                String heading = Template.headingOfTable(table.id());
                Text message = Text.of(rows > ROWS_NAMED ? "finding.blank-cell.many" : "finding.blank-cell", heading,
                        blank.size(), rowsWithBlanks, rows - ROWS_NAMED);
                findings.add(Finding.onCells(ID, Severity.WARNING, blank, message, firstBlankRow.source()));
            }
        }
        return findings;
    }

    private static List<CellAddress> cells(TableRow row, CellReading reading) {
        return row.cells().stream().filter(c -> c.reading() == reading).map(Cell::address).toList();
    }

    /** The row's name; the one row of the reviews table has none of its own. */
    private static Object rowName(ReportTable table, TableRow row) {
        Name name = CellNames.row(table.id(), row.id());
        return name.chinese().isEmpty() ? Text.of("finding.blank-cell.reviewsRow") : name;
    }

    private static List<Object> columnNames(ReportTable table, TableRow row, List<CellAddress> cells) {
        return cells.stream().<Object>map(c -> CellNames.column(table.id(), row.id(), c.column())).toList();
    }
}
