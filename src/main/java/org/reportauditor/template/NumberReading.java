package org.reportauditor.template;

import java.math.BigDecimal;

import org.reportauditor.model.CellReading;

/** The number read from a cell's text, and how it was read. */
public record NumberReading(BigDecimal value, CellReading reading) {

    static final NumberReading BLANK = new NumberReading(null, CellReading.BLANK);
    static final NumberReading NOT_APPLICABLE = new NumberReading(null, CellReading.NOT_APPLICABLE);
    static final NumberReading TEXT = new NumberReading(null, CellReading.TEXT);

    /** Whether the text reads as a table value (a number, blank or not-applicable), not as a label. */
    public boolean isValueLike() {
        return reading != CellReading.TEXT;
    }
}
