package org.reportauditor.app.source;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The widths of a table's columns, worked out much as browsers lay out an HTML table: each column
 * gets at least what its narrowest cell needs (its longest word) and, room allowing, what its
 * cells want on one line; a merged cell that needs more than its columns give spreads the rest
 * over them. Short of room, every column first gets up to a comfortable width (a column of
 * figures then keeps its header readable, and long labels wrap instead), then each a share of
 * what it wants beyond that; with room to spare, each grows by its share, filling the width.
 */
final class ColumnWidths {
    /** A cell's place in the grid's columns and the widths it needs and wants. */
    record CellWidth(int column, int span, double min, double preferred) {
    }

    private final double[] min;
    private final double[] comfortable;
    private final double[] preferred;

    /** @param comfortableWidth what a column gets before any gets more, if it wants that much */
    ColumnWidths(int columns, List<CellWidth> cells, double comfortableWidth) {
        min = new double[columns];
        preferred = new double[columns];
        // single cells first: a merged cell takes what its columns already give, and spreads only the rest
        List<CellWidth> bySpan = cells.stream().sorted(Comparator.comparingInt(CellWidth::span)).toList();
        for (CellWidth cell : bySpan) {
            int from = Math.max(0, Math.min(columns - 1, cell.column()));
            int to = Math.min(columns, from + Math.max(1, cell.span()));
            spread(min, from, to, cell.min());
            spread(preferred, from, to, Math.max(cell.min(), cell.preferred()));
        }
        comfortable = new double[columns];
        for (int c = 0; c < columns; c++) {
            preferred[c] = Math.max(preferred[c], min[c]);
            comfortable[c] = Math.max(min[c], Math.min(preferred[c], comfortableWidth));
        }
    }

    private static void spread(double[] widths, int from, int to, double wanted) {
        double given = 0;
        for (int c = from; c < to; c++) {
            given += widths[c];
        }
        double share = (wanted - given) / (to - from);
        if (share > 0) {
            for (int c = from; c < to; c++) {
                widths[c] += share;
            }
        }
    }

    /** The least width of the whole table: every column at its minimum. */
    double minTotal() {
        return Arrays.stream(min).sum();
    }

    /** Each column's width for a table {@code width} wide (never less than {@link #minTotal()}). */
    double[] forWidth(double width) {
        double minTotal = minTotal();
        double comfortableTotal = Arrays.stream(comfortable).sum();
        double preferredTotal = Arrays.stream(preferred).sum();
        if (width <= minTotal) {
            return min.clone();
        }
        if (width < comfortableTotal) {
            return between(min, comfortable, (width - minTotal) / (comfortableTotal - minTotal));
        }
        if (width < preferredTotal) {
            return between(comfortable, preferred, (width - comfortableTotal) / (preferredTotal - comfortableTotal));
        }
        double[] widths = new double[preferred.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = preferredTotal > 0 ? preferred[c] * width / preferredTotal : width / widths.length;
        }
        return widths;
    }

    /** Each column a {@code share} of the way from {@code from} to {@code to}. */
    private static double[] between(double[] from, double[] to, double share) {
        double[] widths = new double[from.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = from[c] + (to[c] - from[c]) * share;
        }
        return widths;
    }
}
