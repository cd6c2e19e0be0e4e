package org.reportauditor.check.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reportauditor.check.Rule;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Cell;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.RowIds;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TableRow;
import org.reportauditor.model.Text;
import org.reportauditor.template.CellNames;
import org.reportauditor.template.Template;

/**
 * {@code sub-row}: the agency split a template row of section 二 into named sub-rows
 * (其他对外管理服务事项 into 行政检查 and 行政确认). They are kept as read, and the result says so.
 */
public final class SubRowRule implements Rule {
    public static final String ID = "sub-row";

    @Override
    public List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (ReportTable table : report.tables()) {
            if (!table.id().equals(Template.ART20)) {
                continue;
            }
            Map<String, List<TableRow>> byParent = new LinkedHashMap<>();
            for (TableRow row : table.rows()) {
                if (!row.id().equals(RowIds.base(row.id()))) {
                    byParent.computeIfAbsent(RowIds.base(row.id()), k -> new ArrayList<>()).add(row);
                }
            }
            byParent.forEach((parent, rows) -> {
                List<Object> names = rows.stream().<Object>map(r -> r.id().substring(parent.length() + 1)).toList();
                List<CellAddress> cells = rows.stream().flatMap(r -> r.cells().stream()).map(Cell::address).toList();
                findings.add(Finding.onCells(ID, Severity.INFO, cells,
                        Text.of("finding.sub-row", CellNames.row(table.id(), parent), names, parent + ".…"),
                        rows.get(0).source()));
            });
        }
        return findings;
    }
}
