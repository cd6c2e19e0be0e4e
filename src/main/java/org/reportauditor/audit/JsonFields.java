package org.reportauditor.audit;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.core.JsonGenerator;

import org.reportauditor.model.Box;
import org.reportauditor.model.SourceLocation;

/**
 * How the project's two JSON formats, {@code check --json} ({@code spec/cli.md}) and the audit file
 * ({@code spec/review.md}), write the fields they share: a source location and a number.
 */
public final class JsonFields {
    private JsonFields() {
    }

    /**
     * {@code "source"}: a PDF's page and box (points from the top-left, two decimals), or the offset
     * and length of the extracted text, with a Word or web table cell's {@code table}, {@code row}
     * and {@code col}; nothing for {@code null}.
     */
    public static void source(JsonGenerator g, SourceLocation source) throws IOException {
        if (source instanceof SourceLocation.PageRegion region) {
            g.writeObjectFieldStart("source");
            g.writeNumberField("page", region.page());
            Box b = region.box();
            g.writeArrayFieldStart("box");
            for (double v : new double[] {b.x(), b.y(), b.width(), b.height()}) {
                g.writeNumber(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP));
            }
            g.writeEndArray();
            g.writeEndObject();
        } else if (source instanceof SourceLocation.TextRange range) {
            g.writeObjectFieldStart("source");
            g.writeNumberField("offset", range.offset());
            g.writeNumberField("length", range.length());
            if (range.isTableCell()) {
                g.writeNumberField("table", range.table());
                g.writeNumberField("row", range.row());
                g.writeNumberField("col", range.col());
            }
            g.writeEndObject();
        }
    }

    /** A number as the report prints it (no trailing zeros; an integer without a point); {@code null} as null. */
    public static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value.stripTrailingZeros().scale() <= 0
                    ? value.setScale(0, RoundingMode.UNNECESSARY) : value.stripTrailingZeros());
        }
    }
}
