package org.reportauditor.ingest.pdf;

/** Which way a run of text goes on the displayed page (y grows downwards). */
enum TextDirection {
    LEFT_TO_RIGHT, TOP_TO_BOTTOM, RIGHT_TO_LEFT, BOTTOM_TO_TOP;

    /** The direction of a vector in display coordinates, rounded to the nearest quarter turn. */
    static TextDirection of(double dx, double dy) {
        if (Math.abs(dx) >= Math.abs(dy)) {
            return dx >= 0 ? LEFT_TO_RIGHT : RIGHT_TO_LEFT;
        }
        return dy > 0 ? TOP_TO_BOTTOM : BOTTOM_TO_TOP;
    }

    /** This direction as seen from a frame whose text runs in {@code reference}. */
    TextDirection relativeTo(TextDirection reference) {
        return values()[(ordinal() - reference.ordinal() + 4) % 4];
    }
}
