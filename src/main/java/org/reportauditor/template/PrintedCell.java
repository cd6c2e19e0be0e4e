package org.reportauditor.template;

import org.reportauditor.ingest.RawCell;
import org.reportauditor.model.SourceLocation;

/** A cell of the file with its text in canonical form, as the table readers look at it. */
record PrintedCell(RawCell raw, String normalized, boolean valueLike) {

    static PrintedCell of(RawCell raw) {
        String normalized = LabelText.normalize(raw.text());
        return new PrintedCell(raw, normalized, NumberParser.isValueLike(raw.text()));
    }

    String text() {
        return raw.text();
    }

    SourceLocation source() {
        return raw.source();
    }

    boolean isEmpty() {
        return normalized.isEmpty();
    }

    /** A non-empty cell that reads as a value (a number or "/"), not as a label. */
    boolean isValue() {
        return valueLike && !isEmpty();
    }

    /** A non-empty cell that is not a value: a label, a header, or text. */
    boolean isWords() {
        return !valueLike && !isEmpty();
    }
}
