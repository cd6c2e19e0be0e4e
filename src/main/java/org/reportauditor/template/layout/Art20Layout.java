package org.reportauditor.template.layout;

import java.util.List;

import org.reportauditor.model.ReportTable;
import org.reportauditor.template.ColumnSpec;
import org.reportauditor.template.GroupSpec;
import org.reportauditor.template.RowSpec;
import org.reportauditor.template.TableSpec;

/**
 * Section 二 as the template prints it: one block per 第二十条 item, each with its title, its own
 * column headers and its rows. A block with fewer columns than the widest lets its last one span.
 */
final class Art20Layout {
    private Art20Layout() {
    }

    static LaidOutTable of(TableSpec spec, ReportTable table, TemplateLabels labels, String contentHeader) {
        int valueColumns = spec.rows().stream().mapToInt(r -> r.columns().size()).max().orElse(1);
        int width = 1 + valueColumns;
        SheetBuilder sheet = new SheetBuilder();
        ReportRows rows = new ReportRows(spec, table);
        for (GroupSpec block : spec.groups()) {
            List<RowSpec> blockRows = spec.rows().stream().filter(r -> block.id().equals(r.group())).toList();
            if (blockRows.isEmpty()) {
                continue;
            }
            int top = sheet.rowCount();
            sheet.place(top, 0, 1, width, labels.group(block), SheetCellKind.TITLE);
            List<ColumnSpec> columns = blockRows.get(0).columns();
            sheet.place(top + 1, 0, 1, 1, contentHeader, SheetCellKind.HEADER);
            for (int i = 0; i < columns.size(); i++) {
                sheet.place(top + 1, 1 + i, 1, span(i, columns.size(), valueColumns),
                        String.join(" ", labels.columnPath(spec, columns.get(i))), SheetCellKind.HEADER);
            }
            for (RowSpec blockRow : blockRows) {
                List<String> ids = blockRow.columns().stream().map(ColumnSpec::id).toList();
                for (ReportRows.Shown shown : rows.forSpec(blockRow, labels)) {
                    dataRow(sheet, spec.id(), shown, ids, valueColumns);
                }
            }
        }
        for (ReportRows.Shown extra : rows.unplaced()) {
            dataRow(sheet, spec.id(), extra, extra.columnIds(), valueColumns);
        }
        return sheet.build(labels.title(spec), 0, 1);
    }

    private static void dataRow(SheetBuilder sheet, String tableId, ReportRows.Shown shown, List<String> columnIds,
                                int valueColumns) {
        int row = sheet.rowCount();
        sheet.place(row, 0, 1, 1, shown.label(), SheetCellKind.LABEL);
        sheet.values(row, 1, tableId, shown, columnIds, i -> span(i, columnIds.size(), valueColumns));
    }

    /** The last of a block's columns reaches to the sheet's right edge. */
    private static int span(int index, int count, int valueColumns) {
        return index == count - 1 ? Math.max(1, valueColumns - index) : 1;
    }
}
