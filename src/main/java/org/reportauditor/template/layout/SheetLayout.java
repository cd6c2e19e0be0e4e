package org.reportauditor.template.layout;

import java.util.List;

/**
 * A statistical table laid out like the template: a grid of {@code rowCount × columnCount} with
 * merged header and label cells. The first {@code headerRows} rows are headers and the first
 * {@code labelColumns} columns are row labels; everything else holds the report's values.
 */
public record SheetLayout(String title, int rowCount, int columnCount, int headerRows, int labelColumns,
                          List<SheetCell> cells) {

    public SheetLayout {
        cells = List.copyOf(cells);
    }
}
