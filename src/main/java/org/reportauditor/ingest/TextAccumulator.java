package org.reportauditor.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Paragraph;
import org.reportauditor.model.SourceLocation;

/**
 * Builds a document's extracted text and the blocks that point into it, for readers of files whose
 * positions are text offsets (Word, HTML). Paragraphs end with a line break; table cells are
 * separated by tabs and table rows by line breaks, so the extracted text reads like the document.
 * A cell's line breaks and tabs show as spaces in the extracted text (they would break its rows
 * and columns); everywhere else the text of a block is exactly its range of the extracted text.
 */
public final class TextAccumulator {
    /**
     * What text extractors (Apache Tika among them) print for a Word bookmark; files converted
     * through one carry it as text ("[bookmark: _GoBack]"). It is never content of the report.
     */
    private static final Pattern BOOKMARK_MARKER = Pattern.compile("\\[bookmark: [^\\]\\n]{0,200}\\]");

    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private int tableCount;

    /** Adds a paragraph; blank paragraphs are skipped. */
    public void paragraph(String paragraphText) {
        String trimmed = stripBlanks(withoutMarkers(paragraphText));
        if (trimmed.isEmpty()) {
            return;
        }
        int offset = text.length();
        text.append(trimmed).append('\n');
        blocks.add(new TextBlock(Paragraph.of(trimmed, SourceLocation.TextRange.of(offset, trimmed.length()))));
    }

    /**
     * Adds each line of a paragraph as a paragraph of its own. Authors often put a heading and the
     * text after it into one paragraph with a manual line break; the heading must stay a paragraph.
     */
    public void paragraphs(String paragraphText) {
        paragraphText.lines().forEach(this::paragraph);
    }

    /** Starts a table; add its cells with {@link TableBuilder#cell}, then call {@link TableBuilder#end}. */
    public TableBuilder table() {
        return new TableBuilder(tableCount++);
    }

    /** The document read so far. */
    public RawDocument document(Path file, DocumentKind kind) {
        return new RawDocument(file, kind, blocks, text.toString(), List.of());
    }

    /**
     * A cell's text as the raw document keeps it: each line stripped of blanks, blank lines dropped
     * (empty paragraphs inside a cell are spacing, not content), tabs as spaces.
     */
    static String cellText(String raw) {
        return withoutMarkers(raw).replace('\t', ' ').lines().map(TextAccumulator::stripBlanks)
                .filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    /**
     * Strips white space and the spaces {@link String#strip} keeps: no-break spaces, which Word
     * and web pages use to indent and to fill cells that look empty.
     */
    public static String stripBlanks(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String withoutMarkers(String text) {
        return text.indexOf('[') < 0 ? text : BOOKMARK_MARKER.matcher(text).replaceAll("");
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

        /** Starts the next grid row; rows must be started in order, empty rows included. */
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
            if (row != rows.size() - 1) {
                throw new IllegalArgumentException("cell of row " + row + " added to row " + (rows.size() - 1));
            }
            if (!current.isEmpty()) {
                text.append('\t');
            }
            String value = cellText(cellText);
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
