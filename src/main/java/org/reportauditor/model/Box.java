package org.reportauditor.model;

/** An axis-aligned rectangle in PDF points, origin at the page's top-left, y growing downwards. */
public record Box(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    public boolean encloses(Box other, double tolerance) {
        return other.x >= x - tolerance && other.y >= y - tolerance
                && other.right() <= right() + tolerance && other.bottom() <= bottom() + tolerance;
    }

    public Box union(Box o) {
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Box(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
    }

    public static Box ofCorners(double x0, double y0, double x1, double y1) {
        return new Box(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }
}
