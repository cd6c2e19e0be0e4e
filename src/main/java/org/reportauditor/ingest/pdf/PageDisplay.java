package org.reportauditor.ingest.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.reportauditor.model.Box;

/**
 * The one mapping between PDF user space (origin at the crop box's lower-left, y up, before
 * /Rotate) and display space (origin at the displayed page's top-left, y down), where every
 * {@link Box} of the model lives: the reader maps what it reads one way, the annotated PDF maps
 * its annotations back the other, so they stand exactly where the app draws its boxes.
 */
public record PageDisplay(int rotation, double originX, double originY, double width, double height) {

    public static PageDisplay of(PDPage page) {
        PDRectangle crop = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360 / 90 * 90;
        return new PageDisplay(rotation, crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(),
                crop.getHeight());
    }

    public double displayWidth() {
        return rotation % 180 == 0 ? width : height;
    }

    public double displayHeight() {
        return rotation % 180 == 0 ? height : width;
    }

    /** A display point of a point given relative to the crop box's lower-left corner. */
    double[] point(double ux, double uy) {
        return switch (rotation) {
            case 90 -> new double[] {uy, ux};
            case 180 -> new double[] {width - ux, uy};
            case 270 -> new double[] {height - uy, width - ux};
            default -> new double[] {ux, height - uy};
        };
    }

    /** The display point of a point in default user space (as path operators give them). */
    public double[] userPoint(double x, double y) {
        return point(x - originX, y - originY);
    }

    /** The point in default user space shown at display point {@code (x, y)}: the inverse of {@link #userPoint}. */
    public double[] displayedAt(double x, double y) {
        double[] relative = switch (rotation) {
            case 90 -> new double[] {y, x};
            case 180 -> new double[] {width - x, y};
            case 270 -> new double[] {width - y, height - x};
            default -> new double[] {x, height - y};
        };
        return new double[] {relative[0] + originX, relative[1] + originY};
    }

    /** The rectangle in default user space that shows as {@code box} on the displayed page. */
    public PDRectangle userRectangle(Box box) {
        double[] a = displayedAt(box.x(), box.y());
        double[] b = displayedAt(box.right(), box.bottom());
        return new PDRectangle((float) Math.min(a[0], b[0]), (float) Math.min(a[1], b[1]),
                (float) Math.abs(b[0] - a[0]), (float) Math.abs(b[1] - a[1]));
    }

    /** Whether a display point is on the page (false for NaN too). */
    boolean shows(double x, double y) {
        return x >= 0 && x <= displayWidth() && y >= 0 && y <= displayHeight();
    }

    double[] vector(double dx, double dy) {
        return switch (rotation) {
            case 90 -> new double[] {dy, dx};
            case 180 -> new double[] {-dx, dy};
            case 270 -> new double[] {-dy, -dx};
            default -> new double[] {dx, -dy};
        };
    }
}
