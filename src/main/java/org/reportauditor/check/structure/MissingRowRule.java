package org.reportauditor.check.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.check.Rule;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Name;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.RowIds;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.model.Text;
import org.reportauditor.template.CellNames;
import org.reportauditor.template.ColumnSpec;
import org.reportauditor.template.RowSpec;
import org.reportauditor.template.Template;

/**
 * {@code missing-row}: rows of the template absent from a table that is there (a truncated 三
 * table). One finding per table names every missing row; a row split into sub-rows is present.
 */
public final class MissingRowRule implements Rule {
    public static final String ID = "missing-row";

    @Override
    public List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (ReportTable table : report.tables()) {
            TemplateVersion version = report.versionOf(table);
            List<CellAddress> cells = new ArrayList<>();
            List<Name> rows = new ArrayList<>();
            for (RowSpec row : Template.of(version).table(table.id()).rows()) {
                boolean present = table.rows().stream()
                        .anyMatch(r -> r.id().equals(row.id()) || RowIds.base(r.id()).equals(row.id())
                                && !row.id().contains("."));
                if (!present) {
                    rows.add(CellNames.row(table.id(), row.id()));
                    for (ColumnSpec column : row.columns()) {
                        cells.add(new CellAddress(table.id(), row.id(), column.id()));
                    }
                }
            }
            if (!rows.isEmpty()) {
                findings.add(Finding.onCells(ID, Severity.ERROR, cells,
                        Text.of("finding.missing-row", Template.headingOfTable(table.id()), rows.size(), rows), null));
            }
        }
        return findings;
    }
}
