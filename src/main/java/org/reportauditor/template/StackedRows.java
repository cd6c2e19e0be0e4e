package org.reportauditor.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportauditor.ingest.RawCell;

/**
 * Rows printed one above the other inside one row of the grid: a line-less table whose rows the
 * reader could not tell apart, or a web page that put several rows' numbers into one cell with line
 * breaks ("42\n62" under "（一）予以公开\n（二）部分公开"). Where every number cell holds the same
 * number of lines and as many lines of the labels name rows, the row is split into those rows.
 */
final class StackedRows {
    private StackedRows() {
    }

    /** Every row split where it stacks rows, the rows told by the table's matcher of row labels. */
    static List<PrintedRow> split(List<PrintedRow> rows, LabelMatcher<RowSpec> matcher) {
        List<PrintedRow> split = new ArrayList<>();
        for (PrintedRow row : rows) {
            split.addAll(split(row, matcher));
        }
        return split;
    }

    private static List<PrintedRow> split(PrintedRow row, LabelMatcher<RowSpec> matcher) {
        List<PrintedCell> cells = row.cells();
        int firstValue = -1;
        int lines = -1;
        for (int i = 0; i < cells.size(); i++) {
            PrintedCell c = cells.get(i);
            if (c.isEmpty()) {
                continue;
            }
            String[] parts = c.text().split("\n");
            boolean values = parts.length > 1 && java.util.Arrays.stream(parts).allMatch(NumberParser::isValueLike);
            if (values) {
                if (lines >= 0 && parts.length != lines) {
                    return List.of(row);
                }
                lines = parts.length;
                firstValue = firstValue < 0 ? i : firstValue;
            } else if (firstValue >= 0) {
                return List.of(row);
            }
        }
        if (lines < 2) {
            return List.of(row);
        }
        List<PrintedCell> labels = new ArrayList<>();
        String previous = null;
        for (PrintedCell c : cells.subList(0, firstValue)) {
            for (String line : c.text().split("\n")) {
                Optional<String> named = matcher.match(LabelText.normalize(line)).map(m -> m.spec().id());
                // a label wrapped over two lines names its row twice
                if (named.isPresent() && !named.get().equals(previous)) {
                    labels.add(part(c.raw(), line));
                }
                previous = named.orElse(previous);
            }
        }
        if (labels.size() != lines) {
            return List.of(row);
        }
        List<PrintedRow> rows = new ArrayList<>();
        for (int k = 0; k < lines; k++) {
            List<PrintedCell> split = new ArrayList<>();
            split.add(labels.get(k));
            for (PrintedCell c : cells.subList(firstValue, cells.size())) {
                String[] parts = c.text().split("\n");
                split.add(part(c.raw(), c.isEmpty() ? "" : parts[k]));
            }
            rows.add(new PrintedRow(split, row.confidence()));
        }
        return rows;
    }

    /** A line of a cell, standing where the cell stands: no finer position is known. */
    private static PrintedCell part(RawCell cell, String text) {
        return PrintedCell.of(new RawCell(text.strip(), cell.row(), cell.col(), 1, 1, cell.source()));
    }
}
