package org.reportauditor.ingest.pdf;

import java.util.List;

import org.reportauditor.model.Box;

/**
 * A table as one page shows it, or several pages' fragments joined: its cells, the x of its column
 * edges in the upright frame of its last page (to match it with the fragment on the next page), where
 * it starts (first page, box there in display coordinates) and where its last fragment stands
 * (last page, box in that page's upright frame).
 */
record TableFragment(List<FragmentCell> cells, int rowCount, List<Double> columnEdges, double confidence,
        int firstPage, Box firstBounds, int lastPage, Box lastUprightBounds) implements PageItem {

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

    @Override
    public double top() {
        return lastUprightBounds.y();
    }
}
