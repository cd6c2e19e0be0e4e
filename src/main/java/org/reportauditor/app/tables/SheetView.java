package org.reportauditor.app.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TablePosition;

import org.controlsfx.control.spreadsheet.GridBase;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetCellBase;
import org.controlsfx.control.spreadsheet.SpreadsheetCellType;
import org.controlsfx.control.spreadsheet.SpreadsheetView;

/**
 * One table as a read-only spreadsheet with the template's merged cells, marked as its view-model
 * says. Choosing a cell with the mouse or the keyboard tells the view-model; selecting the cell of
 * a finding does not (it is the window that chose it).
 */
final class SheetView extends SpreadsheetView {
    private static final double VALUE_WIDTH = 58;
    private static final double LABEL_WIDTH = 210;
    private static final double GROUP_LABEL_WIDTH = 76;
    private static final double ROW_HEIGHT = 26;
    private static final double LINE_HEIGHT = 19;
    /** Rough width of a character in the cells' font (CJK glyphs are square, Latin ones about half). */
    private static final double WIDE_CHARACTER = 13.5;
    private static final double NARROW_CHARACTER = 7.5;
    private static final double CELL_PADDING = 12;
    private static final Set<String> MARK_CLASSES = Set.of("cell-error", "cell-warning", "cell-info", "cell-outlined",
            "cell-selected");

    private final TableSheet sheet;
    private final Map<GridPosition, SpreadsheetCellBase> cells = new HashMap<>();
    private boolean selectingForModel;

    SheetView(TableSheet sheet, TablesViewModel model) {
        this.sheet = sheet;
        SheetLayout layout = sheet.layout();
        getStyleClass().add("sheet-view");
        double[] widths = columnWidths(layout);
        setGrid(grid(layout, widths));
        setEditable(false);
        setShowColumnHeader(false);
        setShowRowHeader(false);
        for (int c = 0; c < widths.length; c++) {
            getColumns().get(c).setPrefWidth(widths[c]);
        }
        // the headers stay in view while the rows scroll; spans over them forbid it, so the check
        List<Integer> headerRows = IntStream.range(0, layout.headerRows()).boxed().toList();
        if (!headerRows.isEmpty() && areRowsFixable(headerRows)) {
            getFixedRows().addAll(headerRows);
        }
        applyMarks(sheet.marksProperty().get());
        sheet.marksProperty().addListener((obs, old, now) -> applyMarks(now));
        sheet.focusProperty().addListener((obs, old, now) -> select(now));
        getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) change -> {
            if (!selectingForModel && getSelectionModel().getSelectedCells().size() == 1) {
                TablePosition<?, ?> at = getSelectionModel().getSelectedCells().get(0);
                model.choose(sheet, new GridPosition(at.getRow(), at.getColumn()));
            }
        });
    }

    TableSheet sheet() {
        return sheet;
    }

    /** The style classes of the cell at a grid position (the tests read marks from here). */
    Set<String> styleOf(GridPosition position) {
        SpreadsheetCellBase cell = cells.get(position);
        return cell == null ? Set.of() : Set.copyOf(cell.getStyleClass());
    }

    private void select(GridPosition position) {
        if (position == null) {
            return;
        }
        selectingForModel = true;
        try {
            getSelectionModel().clearAndSelect(position.row(), getColumns().get(position.column()));
            scrollToRow(Math.max(0, position.row() - 3));
            scrollToColumnIndex(position.column());
        } finally {
            selectingForModel = false;
        }
    }

    private void applyMarks(Map<GridPosition, CellMark> marks) {
        for (Map.Entry<GridPosition, SpreadsheetCellBase> entry : cells.entrySet()) {
            SpreadsheetCellBase cell = entry.getValue();
            CellMark mark = marks.get(entry.getKey());
            List<String> wanted = new ArrayList<>();
            if (mark != null) {
                if (mark.fill() != null) {
                    wanted.add("cell-" + mark.fill().id());
                }
                if (mark.outlined()) {
                    wanted.add("cell-outlined");
                }
                if (mark.selected()) {
                    wanted.add("cell-selected");
                }
            }
            cell.getStyleClass().removeIf(c -> MARK_CLASSES.contains(c) && !wanted.contains(c));
            cell.getStyleClass().addAll(wanted);
            cell.setTooltip(mark == null ? null : mark.tooltip());
        }
    }

    private GridBase grid(SheetLayout layout, double[] widths) {
        GridBase grid = new GridBase(layout.rowCount(), layout.columnCount());
        ObservableList<ObservableList<SpreadsheetCell>> rows = FXCollections.observableArrayList();
        SpreadsheetCell[][] placed = new SpreadsheetCell[layout.rowCount()][layout.columnCount()];
        Map<Integer, Double> heights = new HashMap<>();
        for (SheetCell cell : layout.cells()) {
            SpreadsheetCellBase shown = (SpreadsheetCellBase) SpreadsheetCellType.STRING.createCell(cell.row(),
                    cell.column(), cell.rowSpan(), cell.columnSpan(), cell.text());
            shown.setEditable(false);
            shown.setWrapText(cell.kind() != SheetCellKind.VALUE);
            shown.getStyleClass().add("sheet-" + cell.kind().name().toLowerCase(Locale.ROOT));
            if (cell.kind() == SheetCellKind.VALUE || cell.kind() == SheetCellKind.MISSING) {
                cells.put(cell.position(), shown);
            }
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
                    placed[r][c] = shown;
                }
            }
            double perRow = heightOf(cell, widths) / cell.rowSpan();
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                heights.merge(r, perRow, Math::max);
            }
        }
        for (SpreadsheetCell[] row : placed) {
            rows.add(FXCollections.observableArrayList(row));
        }
        grid.setRows(rows);
        grid.setRowHeightCallback(new GridBase.MapBasedRowHeightFactory(heights));
        return grid;
    }

    /** The height a cell's text needs when wrapped in its columns. */
    private static double heightOf(SheetCell cell, double[] widths) {
        double width = -CELL_PADDING;
        for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
            width += widths[c];
        }
        double textWidth = 0;
        for (int i = 0; i < cell.text().length(); i++) {
            textWidth += cell.text().charAt(i) < 0x2E80 ? NARROW_CHARACTER : WIDE_CHARACTER;
        }
        int lines = Math.max(1, (int) Math.ceil(textWidth / Math.max(1, width)));
        return Math.max(ROW_HEIGHT, lines * LINE_HEIGHT + 9);
    }

    /**
     * Value columns are narrow and equal; of the label columns, the last (the items) is wide and
     * those before it (the merged groups) narrower.
     */
    private static double[] columnWidths(SheetLayout layout) {
        double[] widths = new double[layout.columnCount()];
        for (int c = 0; c < widths.length; c++) {
            if (c >= layout.labelColumns()) {
                widths[c] = VALUE_WIDTH;
            } else {
                widths[c] = c == layout.labelColumns() - 1 ? LABEL_WIDTH : GROUP_LABEL_WIDTH;
            }
        }
        return widths;
    }
}
