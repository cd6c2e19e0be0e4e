package org.reportauditor.app.source;

import java.util.List;

/** A piece of a text document as shown: a line of prose or a table. Offsets are into the report's text. */
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
     * A table: its rows of cells, each cell a span of the text (a cell continued on the next line
     * spans both; its text is joined). {@code columns} is the width of the longest row.
     */
    record Table(List<List<Span>> rows, int columns) implements DocumentBlock {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public int start() {
            return rows.get(0).get(0).start();
        }

        @Override
        public int end() {
            List<Span> last = rows.get(rows.size() - 1);
            return last.get(last.size() - 1).end();
        }
    }
}
