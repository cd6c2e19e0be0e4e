package org.reportauditor.app.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.TableBlock;

/**
 * A table of the file drawn as its file lays it out: one grid, each cell where the file puts it
 * and merged over the rows and columns it spans. Columns are as wide as their cells want (see
 * {@link ColumnWidths}); a row is as high as its tallest cell, and a cell merged down several
 * rows gets its height from all of them. Neighbouring cells share their borders.
 */
final class DocumentTable extends Region {
    /**
     * Two characters and the padding: what a column gets, if it wants it, before any gets more (a
     * column of figures keeps a header of two characters a line; long labels get the rest).
     */
    private static final double COMFORTABLE_WIDTH = 46;
    /** A number, a blank or a dash: set to the right, as figures are read. */
    private static final Pattern FIGURE = Pattern.compile("[-+−]?[\\d.,，．%％]+|[/—－-]");

    /** One drawn cell and where it stands. */
    record PlacedCell(RawCell cell, MarkedText node) {
    }

    private final List<PlacedCell> cells = new ArrayList<>();
    private final int rowCount;
    private final int columnCount;
    private double[] columnWidths = new double[0];
    private double[] rowHeights = new double[0];
    private double laidOutWidth = -1;
    /** What the cells need and want, until a cell's size may have changed (a new style, say). */
    private ColumnWidths columns;

    DocumentTable(TableBlock table, Consumer<SourceMark> onMarkClicked) {
        getStyleClass().add("document-table");
        int rows = table.rows().size();
        int width = 0;
        for (List<RawCell> row : table.rows()) {
            for (RawCell cell : row) {
                MarkedText node = new MarkedText(cell.text(), FIGURE.matcher(cell.text().strip()).matches()
                        ? TextAlignment.RIGHT : TextAlignment.LEFT, onMarkClicked);
                node.getStyleClass().add("document-cell");
                cells.add(new PlacedCell(cell, node));
                getChildren().add(node);
                rows = Math.max(rows, cell.row() + Math.max(1, cell.rowSpan()));
                width = Math.max(width, cell.col() + Math.max(1, cell.colSpan()));
            }
        }
        this.rowCount = rows;
        this.columnCount = width;
    }

    List<PlacedCell> cells() {
        return cells;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return columns().minTotal() + horizontalInsets();
    }

    @Override
    protected double computePrefWidth(double height) {
        return computeMinWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        measure(width < 0 ? computeMinWidth(-1) : width);
        double height = 0;
        for (double row : rowHeights) {
            height += row;
        }
        return insets.getTop() + height + insets.getBottom();
    }

    /** A cell asks for layout when its text or its style changes what it needs: measured afresh then. */
    @Override
    public void requestLayout() {
        columns = null;
        laidOutWidth = -1;
        super.requestLayout();
    }

    @Override
    protected void layoutChildren() {
        measure(getWidth());
        Insets insets = getInsets();
        double[] left = offsets(columnWidths, insets.getLeft());
        double[] top = offsets(rowHeights, insets.getTop());
        for (PlacedCell placed : cells) {
            RawCell cell = placed.cell();
            int column = Math.min(cell.col(), columnCount - 1);
            int row = Math.min(cell.row(), rowCount - 1);
            int right = Math.min(columnCount, column + Math.max(1, cell.colSpan()));
            int bottom = Math.min(rowCount, row + Math.max(1, cell.rowSpan()));
            // one pixel further, over the neighbour's border: the two borders are drawn as one line
            placed.node().resizeRelocate(snapPositionX(left[column]), snapPositionY(top[row]),
                    snapSizeX(left[right] - left[column] + 1), snapSizeY(top[bottom] - top[row] + 1));
        }
    }

    private static double[] offsets(double[] sizes, double start) {
        double[] at = new double[sizes.length + 1];
        at[0] = start;
        for (int i = 0; i < sizes.length; i++) {
            at[i + 1] = at[i] + sizes[i];
        }
        return at;
    }

    private ColumnWidths columns() {
        if (columns != null) {
            return columns;
        }
        List<ColumnWidths.CellWidth> widths = new ArrayList<>();
        for (PlacedCell placed : cells) {
            RawCell cell = placed.cell();
            widths.add(new ColumnWidths.CellWidth(cell.col(), Math.max(1, cell.colSpan()),
                    placed.node().minContentWidth(), placed.node().naturalWidth()));
        }
        columns = new ColumnWidths(columnCount, widths, COMFORTABLE_WIDTH);
        return columns;
    }

    /** The columns' widths and the rows' heights for a table {@code width} wide. */
    private void measure(double width) {
        if (width == laidOutWidth) {
            return;
        }
        columnWidths = columns().forWidth(Math.max(0, width - horizontalInsets()));
        double[] left = offsets(columnWidths, 0);
        rowHeights = new double[rowCount];
        List<PlacedCell> merged = new ArrayList<>();
        for (PlacedCell placed : cells) {
            if (Math.max(1, placed.cell().rowSpan()) == 1) {
                int row = Math.min(placed.cell().row(), rowCount - 1);
                rowHeights[row] = Math.max(rowHeights[row], heightOf(placed, left));
            } else {
                merged.add(placed);
            }
        }
        // a merged cell taller than its rows makes each of them taller by a share
        for (PlacedCell placed : merged) {
            int row = Math.min(placed.cell().row(), rowCount - 1);
            int bottom = Math.min(rowCount, row + placed.cell().rowSpan());
            double given = 0;
            for (int r = row; r < bottom; r++) {
                given += rowHeights[r];
            }
            double share = (heightOf(placed, left) - given) / (bottom - row);
            for (int r = row; share > 0 && r < bottom; r++) {
                rowHeights[r] += share;
            }
        }
        laidOutWidth = width;
    }

    private double heightOf(PlacedCell placed, double[] left) {
        int column = Math.min(placed.cell().col(), columnCount - 1);
        int right = Math.min(columnCount, column + Math.max(1, placed.cell().colSpan()));
        return placed.node().prefHeight(left[right] - left[column] + 1);
    }

    private double horizontalInsets() {
        Insets insets = getInsets();
        return insets.getLeft() + insets.getRight();
    }
}
