package org.reportauditor.app.source;

import java.util.List;

/** A piece of a text document as shown: a line of prose or a table row. Offsets are into the report's text. */
public sealed interface DocumentBlock {

    int start();

    int end();

    default boolean overlaps(int from, int to) {
        return from < end() && to > start() || from == to && from >= start() && from < end();
    }

    /**
     * Characters {@code start..end} of the report's text, and the text they show (a table cell
     * continued on a later line shows its two parts joined).
     */
    record Span(int start, int end, String text) {
    }

    /** A line of prose. */
    record Prose(Span line) implements DocumentBlock {
        @Override
        public int start() {
            return line.start();
        }

        @Override
        public int end() {
            return line.end();
        }
    }

    /**
     * A row of a table: its cells, each a span of the text (a cell continued on a later line spans
     * both; its text is joined). The row's last {@code values} cells are values (numbers, blanks,
     * "/"); {@code valueColumns} is the most values any row of its table has, so that the values of
     * all rows line up from the right. {@code first} tells the table's first row.
     */
    record Row(List<Span> cells, int values, int valueColumns, boolean first) implements DocumentBlock {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cells before the values: the row's labels. */
        public List<Span> labels() {
            return cells.subList(0, cells.size() - values);
        }

        @Override
        public int start() {
            return cells.get(0).start();
        }

        @Override
        public int end() {
            return cells.get(cells.size() - 1).end();
        }
    }
}
