package org.reportauditor.ingest.pdf;

import org.reportauditor.model.Box;

/**
 * One printed character as the page displays it: its text, its box in points from the page's
 * top-left (the bottom of the box is the baseline), the direction its text runs in and the font size.
 */
record Glyph(String text, Box box, TextDirection direction, double size) {

    double baseline() {
        return box.bottom();
    }

    boolean isSpace() {
        return text.isBlank();
    }

    Glyph inFrame(PageFrame frame) {
        return new Glyph(text, frame.toUpright(box), direction.relativeTo(frame.direction()), size);
    }
}
