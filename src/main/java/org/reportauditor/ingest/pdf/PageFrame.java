package org.reportauditor.ingest.pdf;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.reportauditor.model.Box;

/**
 * The page turned so that its text reads left to right, top to bottom. Layout works in this upright
 * frame; boxes go back to display coordinates for the sources. A page whose text runs downwards
 * (a portrait page shown with /Rotate 90) is turned a quarter back, and so on.
 */
record PageFrame(TextDirection direction, double displayWidth, double displayHeight) {

    /** The frame of a page: the direction most of its text runs in. */
    static PageFrame of(PageContent content) {
        return new PageFrame(dominantDirection(content.glyphs()), content.width(), content.height());
    }

    /** The direction most of some glyphs run in (left to right when there are none). */
    static TextDirection dominantDirection(List<Glyph> glyphs) {
        Map<TextDirection, Integer> counts = new EnumMap<>(TextDirection.class);
        for (Glyph glyph : glyphs) {
            counts.merge(glyph.direction(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(TextDirection.LEFT_TO_RIGHT);
    }

    double uprightWidth() {
        return quarterTurned() ? displayHeight : displayWidth;
    }

    double uprightHeight() {
        return quarterTurned() ? displayWidth : displayHeight;
    }

    private boolean quarterTurned() {
        return direction == TextDirection.TOP_TO_BOTTOM || direction == TextDirection.BOTTOM_TO_TOP;
    }

    Box toUpright(Box display) {
        return transform(display, this::pointToUpright);
    }

    Box toDisplay(Box upright) {
        return transform(upright, this::pointToDisplay);
    }

    /** A glyph, its direction now relative to this frame. */
    List<Glyph> toUpright(List<Glyph> glyphs) {
        return glyphs.stream().map(glyph -> glyph.inFrame(this)).toList();
    }

    private double[] pointToUpright(double x, double y) {
        return switch (direction) {
            case LEFT_TO_RIGHT -> new double[] {x, y};
            case TOP_TO_BOTTOM -> new double[] {y, displayWidth - x};
            case RIGHT_TO_LEFT -> new double[] {displayWidth - x, displayHeight - y};
            case BOTTOM_TO_TOP -> new double[] {displayHeight - y, x};
        };
    }

    private double[] pointToDisplay(double u, double v) {
        return switch (direction) {
            case LEFT_TO_RIGHT -> new double[] {u, v};
            case TOP_TO_BOTTOM -> new double[] {displayWidth - v, u};
            case RIGHT_TO_LEFT -> new double[] {displayWidth - u, displayHeight - v};
            case BOTTOM_TO_TOP -> new double[] {v, displayHeight - u};
        };
    }

    private interface PointMap {
        double[] apply(double x, double y);
    }

    private static Box transform(Box box, PointMap map) {
        double[] a = map.apply(box.x(), box.y());
        double[] b = map.apply(box.right(), box.bottom());
        return Box.ofCorners(a[0], a[1], b[0], b[1]);
    }
}
