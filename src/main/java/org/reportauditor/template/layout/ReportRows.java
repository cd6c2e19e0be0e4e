package org.reportauditor.template.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.reportauditor.model.Cell;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.TableRow;
import org.reportauditor.template.RowSpec;
import org.reportauditor.template.TableSpec;

/**
 * The report's rows of one table, handed out in template order: a template row, or the sub-rows an
 * agency split it into; afterwards, any row the template does not know.
 */
final class ReportRows {
    private final TableSpec spec;
    private final List<TableRow> rows;
    private final Set<String> placed = new LinkedHashSet<>();

    ReportRows(TableSpec spec, ReportTable table) {
        this.spec = spec;
        this.rows = table == null ? List.of() : table.rows();
    }

    /** One row to show: the report's row ({@code null} when missing), its id and its label. */
    record Shown(String id, String label, TableRow row) {

        /** The printed cell of that column, {@code null} when the row or the cell is not printed. */
        Cell cell(String column) {
            return row == null ? null : row.cell(column).orElse(null);
        }

        /** The columns the report printed for this row, in order. */
        List<String> columnIds() {
            return row == null ? List.of() : row.cells().stream().map(c -> c.address().column()).toList();
        }
    }

    /** The rows to show for a template row: itself, or its sub-rows, or itself missing. */
    List<Shown> forSpec(RowSpec row, TemplateLabels labels) {
        List<Shown> shown = new ArrayList<>();
        find(row.id()).ifPresent(r -> shown.add(new Shown(r.id(), labels.row(row), r)));
        String prefix = row.id() + ".";
        for (TableRow r : rows) {
            if (r.id().startsWith(prefix) && spec.row(r.id()).isEmpty()) {
                shown.add(new Shown(r.id(), labels.subRow(row, r.id().substring(prefix.length())), r));
            }
        }
        if (shown.isEmpty()) {
            shown.add(new Shown(row.id(), labels.row(row), null));
        }
        shown.forEach(s -> placed.add(s.id()));
        return shown;
    }

    /** The report's rows not handed out yet. */
    List<Shown> unplaced() {
        return rows.stream().filter(r -> !placed.contains(r.id()))
                .map(r -> new Shown(r.id(), r.label(), r)).toList();
    }

    private Optional<TableRow> find(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
