package org.reportauditor.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.reportauditor.model.Box;

/**
 * The one place where PDFBox content streams are read: turns a page into plain records (glyphs with
 * positions, ruling lines, image boxes) in display coordinates, so that all layout work can be done,
 * and tested, without PDFBox. Caps the number of records so that an absurd page cannot exhaust memory.
 */
final class PageRecorder {
    /** Thicker filled rectangles are shading, not lines. */
    private static final double MAX_RULE_THICKNESS = 2.5;
    /** A segment this close to horizontal or vertical is a ruling. */
    private static final double AXIS_TOLERANCE = 1.0;
    /** Ideographs and capitals reach this far above the baseline, in units of the font size. */
    private static final double MIN_HEIGHT_PER_SIZE = 0.8;
    /** No character is wider than this, in units of the font size. */
    private static final double MAX_ADVANCE_PER_SIZE = 1.2;

    private final int maxGlyphs;
    private final int maxRulings;

    PageRecorder(int maxGlyphs, int maxRulings) {
        this.maxGlyphs = maxGlyphs;
        this.maxRulings = maxRulings;
    }

    /** Reads page {@code pageNumber} (1-based) of the document. */
    PageContent record(PDDocument document, int pageNumber) throws IOException {
        PDPage page = document.getPage(pageNumber - 1);
        DisplayMapping mapping = DisplayMapping.of(page);
        GlyphCollector glyphs = new GlyphCollector(mapping, maxGlyphs);
        glyphs.setStartPage(pageNumber);
        glyphs.setEndPage(pageNumber);
        glyphs.getText(document);
        GraphicsCollector graphics = new GraphicsCollector(page, mapping, maxRulings);
        graphics.processPage(page);
        return new PageContent(pageNumber, mapping.displayWidth(), mapping.displayHeight(), glyphs.glyphs,
                graphics.rulings, graphics.images, glyphs.unreadable, glyphs.printed);
    }

    /**
     * From PDF user space (origin at the crop box's lower-left, y up, before /Rotate) to display
     * space (origin at the displayed page's top-left, y down).
     */
    private record DisplayMapping(int rotation, double originX, double originY, double width, double height) {

        static DisplayMapping of(PDPage page) {
            PDRectangle crop = page.getCropBox();
            int rotation = ((page.getRotation() % 360) + 360) % 360 / 90 * 90;
            return new DisplayMapping(rotation, crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(),
                    crop.getHeight());
        }

        double displayWidth() {
            return rotation % 180 == 0 ? width : height;
        }

        double displayHeight() {
            return rotation % 180 == 0 ? height : width;
        }

        /** A point given relative to the crop box's lower-left corner. */
        double[] point(double ux, double uy) {
            return switch (rotation) {
                case 90 -> new double[] {uy, ux};
                case 180 -> new double[] {width - ux, uy};
                case 270 -> new double[] {height - uy, width - ux};
                default -> new double[] {ux, height - uy};
            };
        }

        /** A point in default user space (as path operators give them). */
        double[] userPoint(double x, double y) {
            return point(x - originX, y - originY);
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

    /** Collects the text positions PDFBox finds (fake-bold duplicates already removed). */
    private static final class GlyphCollector extends PDFTextStripper {
        private final DisplayMapping mapping;
        private final int maxGlyphs;
        private final List<Glyph> glyphs = new ArrayList<>();
        private int printed;
        private int unreadable;

        GlyphCollector(DisplayMapping mapping, int maxGlyphs) {
            this.mapping = mapping;
            this.maxGlyphs = maxGlyphs;
            setSortByPosition(false);
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            printed++;
            if (font.toUnicode(code) == null) {
                // PDFBox drops such a glyph of a composite font; it is text nobody can read
                unreadable++;
            }
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }

        @Override
        protected void writePage() {
            for (List<TextPosition> article : getCharactersByArticle()) {
                for (TextPosition position : article) {
                    if (glyphs.size() >= maxGlyphs) {
                        return;
                    }
                    add(position);
                }
            }
        }

        private void add(TextPosition position) {
            String text = position.getUnicode();
            if (GlyphText.isUnreadable(text)) {
                unreadable++;
                return;
            }
            Matrix matrix = position.getTextMatrix();
            double size = Math.hypot(matrix.getValue(1, 0), matrix.getValue(1, 1));
            if (!(size > 0) || !Double.isFinite(size)) {
                return;
            }
            double ox = matrix.getTranslateX();
            double oy = matrix.getTranslateY();
            double advanceX = position.getEndX() - ox;
            double advanceY = position.getEndY() - oy;
            // character and word spacing count in PDFBox's advance; some producers set a column of
            // one-character lines with a spacing as wide as the cell, which is no part of the glyph
            double advance = Math.hypot(advanceX, advanceY);
            double widest = MAX_ADVANCE_PER_SIZE * size * text.codePointCount(0, text.length());
            if (advance > widest) {
                advanceX *= widest / advance;
                advanceY *= widest / advance;
            }
            double height = glyphHeight(position.getHeight(), size);
            double upX = matrix.getValue(1, 0) / size * height;
            double upY = matrix.getValue(1, 1) / size * height;
            double[] a = mapping.point(ox, oy);
            double[] b = mapping.point(ox + advanceX, oy + advanceY);
            double[] c = mapping.point(ox + upX, oy + upY);
            double[] d = mapping.point(ox + advanceX + upX, oy + advanceY + upY);
            double left = Math.min(Math.min(a[0], b[0]), Math.min(c[0], d[0]));
            double top = Math.min(Math.min(a[1], b[1]), Math.min(c[1], d[1]));
            double right = Math.max(Math.max(a[0], b[0]), Math.max(c[0], d[0]));
            double bottom = Math.max(Math.max(a[1], b[1]), Math.max(c[1], d[1]));
            double[] run = mapping.vector(matrix.getValue(0, 0), matrix.getValue(0, 1));
            glyphs.add(new Glyph(GlyphText.normalize(text), Box.ofCorners(left, top, right, bottom),
                    TextDirection.of(run[0], run[1]), size));
        }

        /**
         * PDFBox reports half the font's box height, less than the ink of an ideograph; the box is
         * made at least as tall as most glyphs print, and no taller than a broken font can mislead.
         */
        private static double glyphHeight(double reported, double size) {
            if (!(reported > 0) || !Double.isFinite(reported)) {
                return size * MIN_HEIGHT_PER_SIZE;
            }
            return Math.min(Math.max(reported, size * MIN_HEIGHT_PER_SIZE), size * 1.5);
        }
    }

    /** Collects ruling lines and image boxes; skips text, which the glyph collector reads. */
    private static final class GraphicsCollector extends PDFGraphicsStreamEngine {
        private final DisplayMapping mapping;
        private final int maxRulings;
        private final List<Ruling> rulings = new ArrayList<>();
        private final List<Box> images = new ArrayList<>();
        private final List<List<double[]>> subpaths = new ArrayList<>();
        private List<double[]> current;
        private final Point2D.Float currentPoint = new Point2D.Float();

        GraphicsCollector(PDPage page, DisplayMapping mapping, int maxRulings) {
            super(page);
            this.mapping = mapping;
            this.maxRulings = maxRulings;
        }

        @Override
        public void showTextString(byte[] string) {
            // text is read by the glyph collector
        }

        @Override
        public void showTextStrings(COSArray array) {
            // text is read by the glyph collector
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            current = new ArrayList<>();
            subpaths.add(current);
            for (Point2D p : new Point2D[] {p0, p1, p2, p3, p0}) {
                current.add(mapping.userPoint(p.getX(), p.getY()));
            }
            current = null;
            currentPoint.setLocation(p0);
        }

        @Override
        public void moveTo(float x, float y) {
            current = new ArrayList<>();
            subpaths.add(current);
            current.add(mapping.userPoint(x, y));
            currentPoint.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            if (current == null) {
                moveTo(currentPoint.x, currentPoint.y);
            }
            current.add(mapping.userPoint(x, y));
            currentPoint.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            // a curve is no ruling: what follows starts a new straight run
            moveTo(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return currentPoint;
        }

        @Override
        public void closePath() {
            if (current != null && !current.isEmpty()) {
                current.add(current.get(0));
            }
        }

        @Override
        public void endPath() {
            subpaths.clear();
            current = null;
        }

        @Override
        public void strokePath() {
            for (List<double[]> path : subpaths) {
                for (int i = 1; i < path.size(); i++) {
                    double[] a = path.get(i - 1);
                    double[] b = path.get(i);
                    addRuling(Ruling.ofSegment(a[0], a[1], b[0], b[1], AXIS_TOLERANCE));
                }
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            for (List<double[]> path : subpaths) {
                addFilledRule(path);
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            List<List<double[]>> paths = List.copyOf(subpaths);
            fillPath(windingRule);
            subpaths.addAll(paths);
            strokePath();
        }

        /** A filled rectangle thin enough to be a line, as some producers draw table borders. */
        private void addFilledRule(List<double[]> path) {
            if (path.size() < 3 || path.size() > 6) {
                return;
            }
            double left = Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (double[] p : path) {
                left = Math.min(left, p[0]);
                right = Math.max(right, p[0]);
                top = Math.min(top, p[1]);
                bottom = Math.max(bottom, p[1]);
            }
            double width = right - left;
            double height = bottom - top;
            if (height <= MAX_RULE_THICKNESS && width > height) {
                addRuling(new Ruling(true, (top + bottom) / 2, left, right));
            } else if (width <= MAX_RULE_THICKNESS && height > width) {
                addRuling(new Ruling(false, (left + right) / 2, top, bottom));
            }
        }

        private void addRuling(Ruling ruling) {
            if (ruling != null && rulings.size() < maxRulings) {
                rulings.add(ruling);
            }
        }

        @Override
        public void clip(int windingRule) {
            // clipping does not draw; the path is dropped by the endPath that follows
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            double left = Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
                double[] d = mapping.userPoint(p.x, p.y);
                left = Math.min(left, d[0]);
                right = Math.max(right, d[0]);
                top = Math.min(top, d[1]);
                bottom = Math.max(bottom, d[1]);
            }
            if (images.size() < maxRulings) {
                images.add(Box.ofCorners(left, top, right, bottom));
            }
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // a shading is no line and no image
        }
    }
}
