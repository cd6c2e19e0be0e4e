package org.reportauditor.ingest;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.Paragraph;
import org.reportauditor.model.SourceLocation;

/**
 * Builds a document's extracted text and the blocks that point into it, for readers of files whose
 * positions are text offsets (Word, HTML). Paragraphs end with a line break; table cells are
 * separated by tabs and table rows by line breaks, so the extracted text reads like the document.
 */
public final class TextAccumulator {
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private int tableCount;

    /** Adds a paragraph; blank paragraphs are skipped. */
    public void paragraph(String paragraphText) {
        String trimmed = paragraphText.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        int offset = text.length();
        text.append(trimmed).append('\n');
        blocks.add(new TextBlock(Paragraph.of(trimmed, SourceLocation.TextRange.of(offset, trimmed.length()))));
    }

    /** Starts a table; add its cells with {@link TableBuilder#cell}, then call {@link TableBuilder#end}. */
    public TableBuilder table() {
        return new TableBuilder(tableCount++);
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public String text() {
        return text.toString();
    }

    /** Collects the cells of one table of the file, row by row. */
    public final class TableBuilder {
        private final int tableIndex;
        private final int start = text.length();
        private final List<List<RawCell>> rows = new ArrayList<>();
        private List<RawCell> current;

        private TableBuilder(int tableIndex) {
            this.tableIndex = tableIndex;
        }

        /** Starts grid row {@code row}; rows must be started in order. */
        public void row() {
            if (current != null) {
                text.append('\n');
            }
            current = new ArrayList<>();
            rows.add(current);
        }

        /** Adds a cell that starts at grid position (row, col) of the file's table. */
        public void cell(String cellText, int row, int col, int rowSpan, int colSpan) {
            if (current == null) {
                row();
            }
            if (!current.isEmpty()) {
                text.append('\t');
            }
            String value = cellText.strip();
            int offset = text.length();
            text.append(value.replace('\n', ' '));
            current.add(new RawCell(value, row, col, rowSpan, colSpan,
                    new SourceLocation.TextRange(offset, value.length(), tableIndex, row, col)));
        }

        public void end(double confidence) {
            if (current != null) {
                text.append('\n');
            }
            blocks.add(new TableBlock(rows, confidence,
                    SourceLocation.TextRange.of(start, text.length() - start)));
        }
    }
}
