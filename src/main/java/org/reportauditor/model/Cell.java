package org.reportauditor.model;

import java.math.BigDecimal;

/**
 * One cell as read from the file: its printed text, the number read from it ({@code null} when
 * there is none) and where it stands in the file ({@code null} when the cell is missing).
 */
public record Cell(CellAddress address, String text, BigDecimal value, CellReading reading, SourceLocation source) {

    public boolean hasValue() {
        return value != null;
    }
}
