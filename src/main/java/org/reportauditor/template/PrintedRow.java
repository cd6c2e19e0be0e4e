package org.reportauditor.template;

import java.util.List;
import java.util.function.Predicate;

/** One row of a file's table, with how sure its reader was of the grid it comes from (0..1). */
record PrintedRow(List<PrintedCell> cells, double confidence) {

    boolean hasValues() {
        return cells.stream().anyMatch(PrintedCell::isValue);
    }

    /**
     * How well the row's labels match a table: the best score any of its word cells that
     * {@code counted} gets from any of the table's matchers.
     */
    double bestMatch(Predicate<PrintedCell> counted, LabelMatcher<?>... matchers) {
        double best = 0;
        for (PrintedCell c : cells) {
            if (c.isWords() && counted.test(c)) {
                for (LabelMatcher<?> matcher : matchers) {
                    best = Math.max(best, matcher.match(c.normalized()).map(LabelMatch::score).orElse(0.0));
                }
            }
        }
        return best;
    }
}
