package org.reportauditor.template;

import java.util.List;

import org.reportauditor.ingest.TableBlock;

/** One row of a file's table, with the index of the block it belongs to. */
record PrintedRow(List<PrintedCell> cells, TableBlock block) {

    boolean hasValues() {
        return cells.stream().anyMatch(PrintedCell::isValue);
    }

    long valueCount() {
        return cells.stream().filter(PrintedCell::isValue).count();
    }
}
