package org.reportauditor.ingest.pdf;

import java.util.List;

/**
 * A page after its ruled tables are rebuilt: the tables, and the lines of text outside them, in the
 * upright frame of the page.
 */
record PageLayout(int page, PageFrame frame, List<TableFragment> tables, List<TextLine> lines) {

    PageLayout {
        tables = List.copyOf(tables);
        lines = List.copyOf(lines);
    }

    PageLayout withLines(List<TextLine> kept) {
        return new PageLayout(page, frame, tables, kept);
    }
}
