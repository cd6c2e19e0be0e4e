package org.reportauditor.check.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.check.Rule;
import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.CellReading;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TableRow;
import org.reportauditor.model.Text;
import org.reportauditor.template.CellNames;

/**
 * {@code blank-cell}: cells that must hold a number are empty, or were not printed at all (a row
 * with fewer cells than columns). One finding per row.
 */
public final class BlankCellRule implements Rule {
    public static final String ID = "blank-cell";

    @Override
    public List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (ReportTable table : report.tables()) {
            for (TableRow row : table.rows()) {
                List<CellAddress> blank = new ArrayList<>();
                List<Object> names = new ArrayList<>();
                boolean missing = false;
                for (Cell c : row.cells()) {
                    if (c.reading() == CellReading.BLANK || c.reading() == CellReading.MISSING) {
                        blank.add(c.address());
                        names.add(CellNames.column(table.id(), row.id(), c.address().column()));
                        missing |= c.reading() == CellReading.MISSING;
                    }
                }
                if (!blank.isEmpty()) {
                    Text message = Text.of(missing ? "finding.blank-cell.missing" : "finding.blank-cell",
                            CellNames.row(table.id(), row.id()), names, row.cells().size() - blank.size());
                    findings.add(Finding.onCells(ID, Severity.WARNING, blank, message, row.source()));
                }
            }
        }
        return findings;
    }
}
