package org.reportauditor.model;

import java.util.List;
import java.util.Optional;

/** One row of a report table: its row id, its label as printed, and its cells in column order. */
public record TableRow(String id, String label, SourceLocation source, List<Cell> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    public TableRow withCells(List<Cell> newCells) {
        return new TableRow(id, label, source, newCells);
    }

    public Optional<Cell> cell(String column) {
        for (Cell c : cells) {
            if (c.address().column().equals(column)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
