package org.reportauditor.ingest.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reportauditor.ingest.TextAccumulator;

/**
 * Turns the rows of a Word table, as the file stores them, into a grid of merged cells. Word stores
 * a cell merged across rows as one cell per row: the first marked "restart", the others
 * "continue" and empty; a cell merged across columns either as one wide cell or (older files) as a
 * "first merged" cell followed by "merged" ones. Each merged cell comes out once, at its origin.
 *
 * <p>Writers differ (WPS marks every cell of a vertical run, even the first; cells below a merge may
 * hold an empty paragraph), so a continuation is taken as such only where it can mean nothing else:
 * it is empty and the cell above it, starting at the same column with the same width, belongs to a
 * vertical merge. Anything else stays a cell of its own: text is never lost and no cell is invented.
 */
final class WordTableGrid {
    private final List<List<Origin>> rows = new ArrayList<>();
    /** The latest cell that started at each column, to find what a continuation continues. */
    private final Map<Integer, Origin> latestByColumn = new HashMap<>();

    /** How a cell takes part in a vertical merge. */
    enum VerticalMerge {
        NONE, RESTART, CONTINUE
    }

    /**
     * One cell as a row of the file stores it.
     *
     * @param col            the grid column it starts at
     * @param continuesLeft  it is the continuation of a horizontal merge with the cell before it
     */
    record StoredCell(String text, int col, int colSpan, VerticalMerge verticalMerge, boolean continuesLeft) {
    }

    private static final class Origin {
        private final int row;
        private final int col;
        private final boolean vertical;
        private final String text;
        private final int colSpan;
        private int rowSpan = 1;

        private Origin(StoredCell cell, int row) {
            this.row = row;
            this.col = cell.col();
            this.text = cell.text();
            this.colSpan = cell.colSpan();
            this.vertical = cell.verticalMerge() != VerticalMerge.NONE;
        }

        private int lastRow() {
            return row + rowSpan - 1;
        }
    }

    /** Adds the next row of the file's table, its cells left to right. */
    void addRow(List<StoredCell> cells) {
        int row = rows.size();
        List<Origin> origins = new ArrayList<>();
        for (StoredCell cell : joinHorizontalMerges(cells)) {
            Origin above = latestByColumn.get(cell.col());
            if (cell.verticalMerge() == VerticalMerge.CONTINUE && isEmpty(cell) && above != null
                    && above.vertical && above.lastRow() == row - 1 && above.colSpan == cell.colSpan()) {
                above.rowSpan++;
                continue;
            }
            Origin origin = new Origin(cell, row);
            origins.add(origin);
            latestByColumn.put(origin.col, origin);
        }
        rows.add(origins);
    }

    /** Folds each empty continuation of a horizontal merge into the cell it continues. */
    private static List<StoredCell> joinHorizontalMerges(List<StoredCell> cells) {
        List<StoredCell> joined = new ArrayList<>(cells.size());
        for (StoredCell cell : cells) {
            StoredCell left = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (cell.continuesLeft() && isEmpty(cell) && left != null
                    && left.col() + left.colSpan() == cell.col()) {
                joined.set(joined.size() - 1, new StoredCell(left.text(), left.col(),
                        left.colSpan() + cell.colSpan(), left.verticalMerge(), left.continuesLeft()));
            } else {
                joined.add(cell);
            }
        }
        return joined;
    }

    /** Writes the grid as the next table of the document. */
    void writeTo(TextAccumulator text) {
        TextAccumulator.TableBuilder table = text.table();
        for (int r = 0; r < rows.size(); r++) {
            table.row();
            for (Origin origin : rows.get(r)) {
                table.cell(origin.text, r, origin.col, origin.rowSpan, origin.colSpan);
            }
        }
        table.end(1.0);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Whether a cell shows nothing: writers fill covered cells with spaces or no-break spaces. */
    private static boolean isEmpty(StoredCell cell) {
        return TextAccumulator.stripBlanks(cell.text()).isEmpty();
    }
}
