package org.reportauditor.ingest.pdf;

/**
 * Where two columns of a table meet, as an x range: a ruling line is a point; between the columns
 * of a line-less table it is the gap between their text, anywhere in which the boundary may be.
 */
record ColumnEdge(double from, double to) {

    static ColumnEdge at(double x) {
        return new ColumnEdge(x, x);
    }

    double middle() {
        return (from + to) / 2;
    }

    /** Whether two edges may be one boundary: their ranges come within {@code tolerance} of each other. */
    boolean meets(ColumnEdge other, double tolerance) {
        return from <= other.to + tolerance && other.from <= to + tolerance;
    }
}
