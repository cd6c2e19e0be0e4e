package org.reportauditor.template;

import java.util.List;

/** One row of a file's table, with how sure its reader was of the grid it comes from (0..1). */
record PrintedRow(List<PrintedCell> cells, double confidence) {

    boolean hasValues() {
        return cells.stream().anyMatch(PrintedCell::isValue);
    }
}
