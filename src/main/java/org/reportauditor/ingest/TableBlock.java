package org.reportauditor.ingest;

import java.util.List;

import org.reportauditor.model.SourceLocation;

/**
 * A grid of cells. {@code rows.get(i)} holds the cells that start in grid row {@code i}, left to
 * right. {@code confidence} (0..1) says how cleanly the reader rebuilt the grid (1 for a table the
 * file states as a table; lower for one rebuilt from text alignment).
 */
public record TableBlock(List<List<RawCell>> rows, double confidence, SourceLocation source) implements Block {

    public TableBlock {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
