package org.reportauditor.model;

import java.util.List;
import java.util.Optional;

/**
 * A statistical table of the report mapped to the template: {@code art20}, {@code applications}
 * or {@code reviews}. {@code version} is the template version its layout follows ({@code null}
 * where the layout does not tell); {@code confidence} (0..1) says how cleanly the file's grid and
 * labels matched the template, so a likely misreading can be told from a real error.
 */
public record ReportTable(String id, TemplateVersion version, List<TableRow> rows, double confidence) {

    public ReportTable {
        rows = List.copyOf(rows);
    }

    public Optional<TableRow> row(String rowId) {
        for (TableRow r : rows) {
            if (r.id().equals(rowId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public Optional<Cell> cell(String rowId, String column) {
        return row(rowId).flatMap(r -> r.cell(column));
    }
}
