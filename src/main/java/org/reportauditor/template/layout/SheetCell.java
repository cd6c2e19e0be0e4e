package org.reportauditor.template.layout;

/** One cell of a sheet as shown: where it starts, how far it spans, its text and its kind. */
public record SheetCell(int row, int column, int rowSpan, int columnSpan, String text, SheetCellKind kind) {

    public GridPosition position() {
        return new GridPosition(row, column);
    }
}
