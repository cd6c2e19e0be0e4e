package org.reportauditor.template.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.CellReading;

/** Collects the cells of a sheet as a layout places them. */
final class SheetBuilder {
    private final List<SheetCell> cells = new ArrayList<>();
    private final Map<CellAddress, GridPosition> positions = new HashMap<>();
    private int rowCount;
    private int columnCount;

    void place(int row, int column, int rowSpan, int columnSpan, String text, SheetCellKind kind) {
        cells.add(new SheetCell(row, column, rowSpan, columnSpan, text, kind));
        rowCount = Math.max(rowCount, row + rowSpan);
        columnCount = Math.max(columnCount, column + columnSpan);
    }

    /**
     * Places a value of the report as printed; {@code cell} is {@code null} when the report does
     * not print it at all.
     */
    void value(int row, int column, int columnSpan, CellAddress address, Cell cell) {
        boolean missing = cell == null || cell.reading() == CellReading.MISSING;
        place(row, column, 1, columnSpan, missing ? "" : cell.text(), missing ? SheetCellKind.MISSING
                : SheetCellKind.VALUE);
        positions.put(address, new GridPosition(row, column));
    }

    /**
     * Places a row's values in the columns from {@code firstColumn} on, one a column, the i-th
     * spanning {@code span.applyAsInt(i)} columns.
     */
    void values(int row, int firstColumn, String tableId, ReportRows.Shown shown, List<String> columnIds,
                IntUnaryOperator span) {
        for (int i = 0; i < columnIds.size(); i++) {
            String column = columnIds.get(i);
            value(row, firstColumn + i, span.applyAsInt(i), new CellAddress(tableId, shown.id(), column),
                    shown.cell(column));
        }
    }

    /**
     * Places multi-level column headers from each column's path of labels (outer first): equal
     * outer labels of neighbouring columns merge, and a column's last label reaches down to the
     * data. Returns how many header rows that takes.
     */
    int columnHeaders(int top, int left, List<List<String>> paths) {
        int depth = paths.stream().mapToInt(List::size).max().orElse(0);
        for (int level = 0; level < depth; level++) {
            int column = 0;
            while (column < paths.size()) {
                List<String> path = paths.get(column);
                if (level >= path.size()) {
                    column++;
                } else if (level == path.size() - 1) {
                    place(top + level, left + column, depth - level, 1, path.get(level), SheetCellKind.HEADER);
                    column++;
                } else {
                    int span = 1;
                    while (column + span < paths.size() && sharesGroup(paths.get(column + span), path, level)) {
                        span++;
                    }
                    place(top + level, left + column, 1, span, path.get(level), SheetCellKind.HEADER);
                    column += span;
                }
            }
        }
        return depth;
    }

    private static boolean sharesGroup(List<String> other, List<String> path, int level) {
        return other.size() > level + 1 && other.subList(0, level + 1).equals(path.subList(0, level + 1));
    }

    int rowCount() {
        return rowCount;
    }

    LaidOutTable build(String title, int headerRows, int labelColumns) {
        return new LaidOutTable(new SheetLayout(title, rowCount, columnCount, headerRows, labelColumns, cells),
                positions);
    }
}
