package org.reportauditor.model;

/**
 * Where something stands in its file: a region of a PDF page, or a range of the extracted text
 * (optionally a cell of the file's own table). Readers fill it in; the app and the exports use it.
 */
public sealed interface SourceLocation permits SourceLocation.PageRegion, SourceLocation.TextRange {

    /** A box on a PDF page, 1-based page, in PDF points from the page's top-left corner. */
    record PageRegion(int page, Box box) implements SourceLocation {
        public PageRegion union(PageRegion other) {
            return other == null || other.page != page ? this : new PageRegion(page, box.union(other.box));
        }
    }

    /**
     * Characters {@code offset .. offset+length} of the document's extracted text. For a cell of a
     * Word or HTML table, {@code table}, {@code row} and {@code col} are its 0-based position in that
     * file's own table; they are -1 otherwise.
     */
    record TextRange(int offset, int length, int table, int row, int col) implements SourceLocation {
        public static TextRange of(int offset, int length) {
            return new TextRange(offset, length, -1, -1, -1);
        }

        public boolean isTableCell() {
            return table >= 0;
        }

        public int end() {
            return offset + length;
        }
    }
}
