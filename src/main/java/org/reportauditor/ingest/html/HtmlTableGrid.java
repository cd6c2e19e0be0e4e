package org.reportauditor.ingest.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

import org.jsoup.nodes.Element;
import org.reportauditor.ingest.TextAccumulator;

/**
 * Places the cells of an HTML table on a grid the way browsers do: each cell takes the first column
 * of its row not covered by a cell above with {@code rowspan}; {@code rowspan="0"} reaches to the
 * last row; spans beyond the table are cut at its edge. Spans are bounded (HTML's own limits, and a
 * budget of covered positions for the whole table) so a hostile page cannot make the grid explode.
 */
final class HtmlTableGrid {
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65_534;
    private static final long MAX_COVERED = 1_000_000;

    private HtmlTableGrid() {
    }

    /**
     * Whether a table is a grid of cells rather than a frame for the page: a frame holds other
     * tables, or has a single column.
     */
    static boolean isGrid(Element table) {
        if (table.getElementsByTag("table").size() > 1) {
            return false;
        }
        return rowsOf(table).stream().anyMatch(row -> cellsOf(row).size() > 1);
    }

    /** The rows of a table in document order (head, bodies and foot; not those of inner tables). */
    static List<Element> rowsOf(Element table) {
        return table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr");
    }

    static List<Element> cellsOf(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element child : row.children()) {
            if (child.nameIs("td") || child.nameIs("th")) {
                cells.add(child);
            }
        }
        return cells;
    }

    /** Writes a table as the next table of the document, cell texts given by {@code cellText}. */
    static void write(List<Element> rows, Function<Element, String> cellText, TextAccumulator out) {
        List<BitSet> covered = new ArrayList<>();
        long budget = MAX_COVERED;
        TextAccumulator.TableBuilder table = out.table();
        for (int r = 0; r < rows.size(); r++) {
            table.row();
            int col = 0;
            for (Element cell : cellsOf(rows.get(r))) {
                col = firstFree(covered, r, col);
                int rowSpan = rowSpan(cell, rows.size() - r);
                int colSpan = span(cell, "colspan", MAX_COLSPAN);
                if ((long) rowSpan * colSpan > budget) {
                    rowSpan = 1;
                    colSpan = 1;
                }
                budget -= (long) rowSpan * colSpan;
                cover(covered, r, col, rowSpan, colSpan);
                table.cell(cellText.apply(cell), r, col, rowSpan, colSpan);
                col += colSpan;
            }
        }
        table.end(1.0);
    }

    private static int rowSpan(Element cell, int rowsLeft) {
        String value = cell.attr("rowspan").trim();
        if (value.equals("0")) {
            return rowsLeft;
        }
        return Math.min(rowsLeft, span(cell, "rowspan", MAX_ROWSPAN));
    }

    /** A span attribute as browsers read it: leading digits, 1 when absent, invalid or zero. */
    private static int span(Element cell, String attribute, int max) {
        String value = cell.attr(attribute).trim();
        int digits = 0;
        while (digits < value.length() && digits < 9 && value.charAt(digits) >= '0' && value.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0) {
            return 1;
        }
        int span = Integer.parseInt(value.substring(0, digits));
        return Math.max(1, Math.min(max, span));
    }

    private static int firstFree(List<BitSet> covered, int row, int from) {
        return row < covered.size() ? covered.get(row).nextClearBit(from) : from;
    }

    private static void cover(List<BitSet> covered, int row, int col, int rowSpan, int colSpan) {
        for (int r = row; r < row + rowSpan; r++) {
            while (covered.size() <= r) {
                covered.add(new BitSet());
            }
            covered.get(r).set(col, col + colSpan);
        }
    }
}
