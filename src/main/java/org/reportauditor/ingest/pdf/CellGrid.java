package org.reportauditor.ingest.pdf;

import java.util.Arrays;
import java.util.List;

import org.reportauditor.model.Box;

/**
 * The cells of a ruled table in the upright frame: the x of every column edge, the y of every row
 * edge, and the cells, each covering one or more grid squares (merged cells span several).
 */
final class CellGrid {
    private final double[] columnEdges;
    private final double[] rowEdges;
    private final List<GridCell> cells;
    private final int[][] cellOfSquare;

    /** A grid whose square (r, c) belongs to cell {@code cellOfSquare[r][c]}; the arrays are not copied. */
    CellGrid(double[] columnEdges, double[] rowEdges, List<GridCell> cells, int[][] cellOfSquare) {
        this.columnEdges = columnEdges;
        this.rowEdges = rowEdges;
        this.cells = List.copyOf(cells);
        this.cellOfSquare = cellOfSquare;
    }

    /** A cell: its top-left square, how many rows and columns it spans, and its rectangle. */
    record GridCell(int row, int col, int rowSpan, int colSpan, Box box) {
    }

    List<GridCell> cells() {
        return cells;
    }

    List<Double> columnEdges() {
        return Arrays.stream(columnEdges).boxed().toList();
    }

    double top() {
        return rowEdges[0];
    }

    int rowCount() {
        return rowEdges.length - 1;
    }

    int columnCount() {
        return columnEdges.length - 1;
    }

    Box bounds() {
        return Box.ofCorners(columnEdges[0], rowEdges[0], columnEdges[columnEdges.length - 1],
                rowEdges[rowEdges.length - 1]);
    }

    /** The index of the cell containing a point, or -1 outside the grid. */
    int cellAt(double x, double y) {
        int col = slot(columnEdges, x);
        int row = slot(rowEdges, y);
        return col < 0 || row < 0 ? -1 : cellOfSquare[row][col];
    }

    private static int slot(double[] edges, double value) {
        if (value < edges[0] || value > edges[edges.length - 1]) {
            return -1;
        }
        int found = Arrays.binarySearch(edges, value);
        int index = found >= 0 ? found : -found - 2;
        return Math.min(Math.max(index, 0), edges.length - 2);
    }
}
