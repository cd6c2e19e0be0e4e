package org.reportauditor.ingest.pdf;

import org.reportauditor.model.Box;

/**
 * A horizontal or vertical line drawn on the page (a stroked segment or a thin filled rectangle),
 * in display coordinates: {@code position} is its y (horizontal) or x (vertical), {@code start} and
 * {@code end} its extent along the other axis.
 */
record Ruling(boolean horizontal, double position, double start, double end) {

    Ruling {
        if (start > end) {
            double swap = start;
            start = end;
            end = swap;
        }
    }

    double length() {
        return end - start;
    }

    /** The ruling along a segment, or null if the segment is neither horizontal nor vertical. */
    static Ruling ofSegment(double x0, double y0, double x1, double y1, double tolerance) {
        if (Math.abs(y1 - y0) <= tolerance) {
            return new Ruling(true, (y0 + y1) / 2, x0, x1);
        }
        if (Math.abs(x1 - x0) <= tolerance) {
            return new Ruling(false, (x0 + x1) / 2, y0, y1);
        }
        return null;
    }

    Ruling inFrame(PageFrame frame) {
        Box box = horizontal ? new Box(start, position, end - start, 0) : new Box(position, start, 0, end - start);
        Box upright = frame.toUpright(box);
        boolean uprightHorizontal = upright.height() <= upright.width();
        return uprightHorizontal
                ? new Ruling(true, upright.centerY(), upright.x(), upright.right())
                : new Ruling(false, upright.centerX(), upright.y(), upright.bottom());
    }
}
