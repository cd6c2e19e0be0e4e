package org.reportauditor.ingest.pdf;

import java.util.List;

import org.reportauditor.model.Box;

/**
 * A table as one page shows it, or several pages' fragments joined: its cells, its column edges in
 * the upright frame of its last page (to match it with the fragment on the next page),
 * whether its ruling lines drew it or the alignment of its text was all there was to go by, where it
 * starts (first page, box there in display coordinates) and where its last fragment stands (last
 * page, box in that page's upright frame).
 */
record TableFragment(List<FragmentCell> cells, int rowCount, List<ColumnEdge> columnEdges, boolean ruled,
        int firstPage, Box firstBounds, int lastPage, Box lastUprightBounds) implements PageItem {
    /** A grid rebuilt from the alignment of text is a guess: its cells may be cut or merged wrongly. */
    private static final double LINELESS_CONFIDENCE = 0.6;

    TableFragment {
        cells = List.copyOf(cells);
        columnEdges = List.copyOf(columnEdges);
    }

    /** A cell: its text, top-left grid position and spans, and its page and box in display coordinates. */
    record FragmentCell(String text, int row, int col, int rowSpan, int colSpan, int page, Box box) {

        FragmentCell moved(int newRow, int newCol, int newRowSpan, int newColSpan) {
            return new FragmentCell(text, newRow, newCol, newRowSpan, newColSpan, page, box);
        }
    }

    /** How cleanly the grid was rebuilt, as {@link org.reportauditor.ingest.TableBlock} states it. */
    double confidence() {
        return ruled ? 1.0 : LINELESS_CONFIDENCE;
    }

    @Override
    public double top() {
        return lastUprightBounds.y();
    }
}
