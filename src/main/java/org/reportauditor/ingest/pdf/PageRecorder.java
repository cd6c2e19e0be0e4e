package org.reportauditor.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.reportauditor.model.Box;

/**
 * The one place where PDFBox content streams are read: turns a page into plain records (glyphs with
 * positions, ruling lines, image boxes) in display coordinates, so that all layout work can be done,
 * and tested, without PDFBox. Keeps to the {@link PageLimits}: shapes past their cap are dropped (a
 * drawing's lines are no text), a page past any other limit is given up with {@link PageOverBudget},
 * so that an absurd page can neither exhaust the memory nor nest deeper than the stack goes.
 */
final class PageRecorder {
    /** Thicker filled rectangles are shading, not lines. */
    private static final double MAX_RULE_THICKNESS = 2.5;
    /** A segment this close to horizontal or vertical is a ruling. */
    private static final double AXIS_TOLERANCE = 1.0;
    /** A glyph's box reaches one font size above the baseline: ideographs fill most of it. */
    private static final double HEIGHT_PER_SIZE = 1.0;
    /** A copy of a glyph shifted less than this share of the font size is the same glyph. */
    private static final double DUPLICATE_SHIFT = 0.15;
    /** No character is wider than this, in units of the font size. */
    private static final double MAX_ADVANCE_PER_SIZE = 1.2;

    private final PageLimits limits;

    PageRecorder(PageLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads page {@code pageNumber} (1-based) of the document.
     *
     * @throws PageOverBudget if the page runs past one of the limits
     * @throws IOException if the page is damaged
     */
    PageContent record(PDDocument document, int pageNumber) throws IOException {
        PDPage page = document.getPage(pageNumber - 1);
        PageDisplay mapping = PageDisplay.of(page);
        PageEngine engine = new PageEngine(page, mapping, limits);
        try {
            engine.processPage(page);
        } catch (IOException | RuntimeException e) {
            if (engine.overBudget == null) {
                throw e;
            }
        }
        // PDFBox goes on past a form that failed, so a budget spent inside one is told here
        if (engine.overBudget != null) {
            throw engine.overBudget;
        }
        return new PageContent(pageNumber, mapping.displayWidth(), mapping.displayHeight(), engine.glyphs,
                engine.rulings, engine.images, engine.unreadable, engine.printed);
    }

    /**
     * Runs a page's content stream once and keeps what it shows: each glyph with its box (from the
     * text rendering matrix and the glyph's own width, so character spacing does not widen it), the
     * ruling lines and the image boxes. A glyph drawn again over itself (fake bold) is kept once.
     */
    private static final class PageEngine extends PDFGraphicsStreamEngine {
        private final PageDisplay mapping;
        private final PageLimits limits;
        private final int maxShapes;
        private int operators;
        private int formDepth;
        private PageOverBudget overBudget;
        private final List<Glyph> glyphs = new ArrayList<>();
        private final Map<DrawnAt, Glyph> drawnAt = new HashMap<>();
        private int printed;
        private int unreadable;
        private final List<Ruling> rulings = new ArrayList<>();
        private final List<Box> images = new ArrayList<>();
        private final List<List<double[]>> subpaths = new ArrayList<>();
        private List<double[]> current;
        private int pathPoints;
        private final Point2D.Float currentPoint = new Point2D.Float();

        PageEngine(PDPage page, PageDisplay mapping, PageLimits limits) {
            super(page);
            this.mapping = mapping;
            this.limits = limits;
            this.maxShapes = limits.shapes();
        }

        /**
         * Counts the operators run, forms included, and the graphics states saved: a page can keep the
         * reader busy only so long, and fill only so much memory. Once a budget is spent, every
         * operator fails, so that the forms PDFBox goes on past end at once.
         */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (overBudget == null && ++operators > limits.operators()) {
                overBudget = new PageOverBudget(PageOverBudget.Budget.OPERATORS, limits.operators());
            }
            if (overBudget == null && "q".equals(operator.getName()) && getGraphicsStackSize() > limits.savedStates()) {
                overBudget = new PageOverBudget(PageOverBudget.Budget.NESTING, limits.savedStates());
            }
            if (overBudget != null) {
                throw overBudget;
            }
            super.processOperator(operator, operands);
        }

        /** A form drawn inside a form: PDFBox stops at 50 levels without a word, this reader says so sooner. */
        @Override
        public void showForm(PDFormXObject form) throws IOException {
            insideForm(() -> super.showForm(form));
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
            insideForm(() -> super.showTransparencyGroup(group));
        }

        private void insideForm(FormDrawing drawing) throws IOException {
            if (formDepth >= limits.formDepth()) {
                overBudget = new PageOverBudget(PageOverBudget.Budget.NESTING, limits.formDepth());
                throw overBudget;
            }
            formDepth++;
            try {
                drawing.draw();
            } finally {
                formDepth--;
            }
        }

        /** What PDFBox does to draw a form or a transparency group. */
        private interface FormDrawing {
            void draw() throws IOException;
        }

        /** Every glyph, of any font (a Type 3 glyph's drawing is not run: it is no ruling). */
        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws PageOverBudget {
            printed++;
            String text = font.toUnicode(code);
            if (text == null || GlyphText.isUnreadable(text)) {
                unreadable++;
                return;
            }
            Glyph glyph = glyph(textRenderingMatrix, displacement, GlyphText.normalize(text));
            if (glyph != null && !drawnOver(glyph)) {
                if (glyphs.size() >= limits.glyphs()) {
                    overBudget = new PageOverBudget(PageOverBudget.Budget.GLYPHS, limits.glyphs());
                    throw overBudget;
                }
                glyphs.add(glyph);
            }
        }

        private Glyph glyph(Matrix matrix, Vector displacement, String text) {
            double size = Math.hypot(matrix.getValue(1, 0), matrix.getValue(1, 1));
            if (!(size > 0) || !Double.isFinite(size)) {
                return null;
            }
            double ox = matrix.getTranslateX();
            double oy = matrix.getTranslateY();
            // the glyph's own advance in text space, without character and word spacing
            double advanceX = displacement.getX() * matrix.getValue(0, 0) + displacement.getY() * matrix.getValue(1, 0);
            double advanceY = displacement.getX() * matrix.getValue(0, 1) + displacement.getY() * matrix.getValue(1, 1);
            double advance = Math.hypot(advanceX, advanceY);
            double widest = MAX_ADVANCE_PER_SIZE * size * text.codePointCount(0, text.length());
            if (advance > widest) {
                advanceX *= widest / advance;
                advanceY *= widest / advance;
            }
            double upX = matrix.getValue(1, 0) * HEIGHT_PER_SIZE;
            double upY = matrix.getValue(1, 1) * HEIGHT_PER_SIZE;
            Box box = bounds(List.of(mapping.userPoint(ox, oy), mapping.userPoint(ox + advanceX, oy + advanceY),
                    mapping.userPoint(ox + upX, oy + upY),
                    mapping.userPoint(ox + advanceX + upX, oy + advanceY + upY)));
            if (!mapping.shows(box.centerX(), box.centerY())) {
                // outside the page: nobody sees it
                return null;
            }
            double[] run = mapping.vector(matrix.getValue(0, 0), matrix.getValue(0, 1));
            return new Glyph(text, box, TextDirection.of(run[0], run[1]), size);
        }

        /**
         * Whether the same character was drawn at (almost) the same place already: producers fake
         * bold type by printing a run several times, a fraction of a point apart.
         */
        private boolean drawnOver(Glyph glyph) {
            double cell = Math.max(glyph.size() * DUPLICATE_SHIFT, 0.1);
            long gx = Math.round(glyph.box().x() / cell);
            long gy = Math.round(glyph.baseline() / cell);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    Glyph other = drawnAt.get(new DrawnAt(glyph.text(), gx + dx, gy + dy));
                    if (other != null && Math.abs(other.box().x() - glyph.box().x()) <= cell
                            && Math.abs(other.baseline() - glyph.baseline()) <= cell) {
                        return true;
                    }
                }
            }
            drawnAt.put(new DrawnAt(glyph.text(), gx, gy), glyph);
            return false;
        }

        /**
         * A character at a place on a grid of the duplicate shift's size. Its equals and hashCode are
         * written out: the generated ones are linked through invokedynamic the first time they run,
         * which costs a fresh {@code check} process tens of milliseconds.
         */
        private record DrawnAt(String text, long gx, long gy) {
            @Override
            public boolean equals(Object o) {
                return o instanceof DrawnAt d && gx == d.gx && gy == d.gy && text.equals(d.text);
            }

            @Override
            public int hashCode() {
                return (text.hashCode() * 31 + Long.hashCode(gx)) * 31 + Long.hashCode(gy);
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            current = new ArrayList<>();
            subpaths.add(current);
            for (Point2D p : new Point2D[] {p0, p1, p2, p3, p0}) {
                addPoint(p.getX(), p.getY());
            }
            current = null;
            currentPoint.setLocation(p0);
        }

        @Override
        public void moveTo(float x, float y) {
            current = new ArrayList<>();
            subpaths.add(current);
            addPoint(x, y);
            currentPoint.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            if (current == null) {
                moveTo(currentPoint.x, currentPoint.y);
            }
            addPoint(x, y);
            currentPoint.setLocation(x, y);
        }

        /** Adds a point to the current subpath; a path beyond the cap is drawn no further. */
        private void addPoint(double x, double y) {
            if (pathPoints < maxShapes) {
                current.add(mapping.userPoint(x, y));
                pathPoints++;
            }
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
            pathPoints = 0;
        }

        @Override
        public void strokePath() throws PageOverBudget {
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
        public void fillPath(int windingRule) throws PageOverBudget {
            for (List<double[]> path : subpaths) {
                addFilledRule(path);
            }
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws PageOverBudget {
            List<List<double[]>> paths = List.copyOf(subpaths);
            fillPath(windingRule);
            subpaths.addAll(paths);
            strokePath();
        }

        /** A filled rectangle thin enough to be a line, as some producers draw table borders. */
        private void addFilledRule(List<double[]> path) throws PageOverBudget {
            if (path.size() < 3 || path.size() > 6) {
                return;
            }
            Box box = bounds(path);
            if (box.height() <= MAX_RULE_THICKNESS && box.width() > box.height()) {
                addRuling(new Ruling(true, box.centerY(), box.x(), box.right()));
            } else if (box.width() <= MAX_RULE_THICKNESS && box.height() > box.width()) {
                addRuling(new Ruling(false, box.centerX(), box.y(), box.bottom()));
            }
        }

        /** A page with more lines than a table has is given up, not read with its lines cut short. */
        private void addRuling(Ruling ruling) throws PageOverBudget {
            if (ruling == null) {
                return;
            }
            if (rulings.size() >= maxShapes) {
                overBudget = new PageOverBudget(PageOverBudget.Budget.RULINGS, maxShapes);
                throw overBudget;
            }
            rulings.add(ruling);
        }

        @Override
        public void clip(int windingRule) {
            // clipping does not draw; the path is dropped by the endPath that follows
        }

        @Override
        public void drawImage(PDImage image) {
            // an image fills the unit square of its transformation
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            List<double[]> corners = new ArrayList<>();
            for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
                corners.add(mapping.userPoint(p.x, p.y));
            }
            if (images.size() < maxShapes) {
                images.add(bounds(corners));
            }
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // a shading is no line and no image
        }
    }

    private static Box bounds(List<double[]> points) {
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            left = Math.min(left, p[0]);
            right = Math.max(right, p[0]);
            top = Math.min(top, p[1]);
            bottom = Math.max(bottom, p[1]);
        }
        return Box.ofCorners(left, top, right, bottom);
    }
}
