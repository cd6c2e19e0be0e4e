package org.reportauditor.ingest;

import org.reportauditor.model.SourceLocation;

/**
 * One cell of a grid as the file draws it: its text (line breaks inside the cell kept as
 * {@code '\n'}), its top-left grid position, how many grid rows and columns it spans, and where it
 * stands in the file. A merged cell appears once, in the row where it starts.
 */
public record RawCell(String text, int row, int col, int rowSpan, int colSpan, SourceLocation source) {
}
