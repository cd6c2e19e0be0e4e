package org.reportauditor.export.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.reportauditor.model.Box;
import org.reportauditor.model.SourceLocation.PageRegion;

/**
 * Writes text and ruled boxes onto new A4 pages of a document, top to bottom, starting a page when
 * one is full; the summary pages and the layout of a Word, web or text source both use it. All
 * positions are display coordinates (points from the page's top-left, y down), as in the model.
 */
final class PageComposer implements Closeable {
    static final double PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final double PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final double MARGIN = 50;
    static final double LINE_SPACING = 1.45;

    /** Characters {@code start..end} of a text on one line, with the x offset of each character boundary. */
    record Line(int start, int end, String shown, double[] edges) {
        double width() {
            return edges[edges.length - 1];
        }
    }

    /** A line as drawn: the page (1-based in the document) and its box. */
    record DrawnLine(int page, Box box, Line line) {
        /** The box of characters {@code from..to} of the text, clipped to this line, or null if it holds none. */
        Box part(int from, int to) {
            int a = Math.max(from, line.start());
            int b = Math.min(to, line.end());
            if (a >= b) {
                return null;
            }
            double x0 = box.x() + line.edges()[a - line.start()];
            double x1 = box.x() + line.edges()[b - line.start()];
            return new Box(x0, box.y(), Math.max(1, x1 - x0), box.height());
        }
    }

    private final PDDocument document;
    private final EmbeddedFont font;
    private PDPageContentStream stream;
    private double y;

    PageComposer(PDDocument document, EmbeddedFont font) {
        this.document = document;
        this.font = font;
    }

    EmbeddedFont font() {
        return font;
    }

    /** The page being written (1-based in the whole document), starting one if none is. */
    int page() throws IOException {
        if (stream == null) {
            newPage();
        }
        return document.getNumberOfPages();
    }

    double y() {
        return y;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = MARGIN;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    void ensure(double height) throws IOException {
        if (stream == null || (y + height > PAGE_HEIGHT - MARGIN && y > MARGIN)) {
            newPage();
        }
    }

    void advance(double height) {
        y += height;
    }

    /** The text broken into lines of at most {@code width} points at {@code size}; a line break in it always breaks. */
    List<Line> wrap(String text, double size, double width) {
        List<Line> lines = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        List<Double> edges = new ArrayList<>(List.of(0.0));
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\n') {
                lines.add(line(start, i, shown, edges));
                shown.setLength(0);
                edges = new ArrayList<>(List.of(0.0));
                start = next;
                i = next;
                continue;
            }
            String glyphs = font.printable(new String(Character.toChars(cp)));
            double w = font.width(glyphs, size);
            double x = edges.get(edges.size() - 1);
            if (x + w > width && i > start) {
                lines.add(line(start, i, shown, edges));
                shown.setLength(0);
                edges = new ArrayList<>(List.of(0.0));
                start = i;
                x = 0;
            }
            shown.append(glyphs);
            for (int k = i; k < next; k++) {
                edges.add(k + 1 < next ? x : x + w);
            }
            i = next;
        }
        if (start < text.length() || lines.isEmpty()) {
            lines.add(line(start, text.length(), shown, edges));
        }
        return lines;
    }

    private static Line line(int start, int end, StringBuilder shown, List<Double> edges) {
        double[] at = new double[end - start + 1];
        for (int k = 0; k < at.length; k++) {
            at[k] = edges.get(Math.min(k, edges.size() - 1));
        }
        return new Line(start, end, shown.toString(), at);
    }

    /** Draws a line with its top at {@code top}. */
    DrawnLine draw(Line line, double x, double top, double size) throws IOException {
        int page = page();
        double lineHeight = size * LINE_SPACING;
        if (!line.shown().isBlank()) {
            stream.beginText();
            stream.setFont(font.font(), (float) size);
            stream.newLineAtOffset((float) x, (float) (PAGE_HEIGHT - top - size * 1.12));
            stream.showText(line.shown());
            stream.endText();
        }
        return new DrawnLine(page, new Box(x, top, Math.max(line.width(), 1), lineHeight), line);
    }

    /**
     * Writes the text as a paragraph from the cursor, {@code indent} points in, starting pages as
     * needed, and moves the cursor below it.
     */
    List<DrawnLine> paragraph(String text, double size, double indent) throws IOException {
        List<DrawnLine> drawn = new ArrayList<>();
        double lineHeight = size * LINE_SPACING;
        for (Line line : wrap(text, size, PAGE_WIDTH - 2 * MARGIN - indent)) {
            ensure(lineHeight);
            drawn.add(draw(line, MARGIN + indent, y, size));
            y += lineHeight;
        }
        return drawn;
    }

    /** Inner space between a table cell's rule and its text. */
    static final double PADDING = 2.5;

    /**
     * Draws a ruled table cell (shaded for a header) and as many of its lines as fit in it; gives
     * the lines drawn.
     */
    List<DrawnLine> cell(Box box, List<Line> lines, double size, boolean header) throws IOException {
        if (header) {
            shade(box);
        }
        outline(box);
        List<DrawnLine> drawn = new ArrayList<>();
        double lineTop = box.y() + PADDING;
        for (Line line : lines) {
            if (lineTop + size > box.bottom()) {
                break;
            }
            drawn.add(draw(line, box.x() + PADDING, lineTop, size));
            lineTop += size * LINE_SPACING;
        }
        return drawn;
    }

    /** A row of ruled cells from the cursor, as tall as its longest text; gives its page and box. */
    PageRegion row(List<String> texts, double[] widths, double size, boolean header) throws IOException {
        List<List<Line>> wrapped = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < texts.size(); i++) {
            List<Line> lines = wrap(texts.get(i), size, widths[i] - 2 * PADDING);
            wrapped.add(lines);
            most = Math.max(most, lines.size());
        }
        double height = most * size * LINE_SPACING + 2 * PADDING;
        ensure(height);
        int page = page();
        double x = MARGIN;
        for (int i = 0; i < texts.size(); i++) {
            cell(new Box(x, y, widths[i], height), wrapped.get(i), size, header);
            x += widths[i];
        }
        PageRegion region = new PageRegion(page, new Box(MARGIN, y, x - MARGIN, height));
        y += height;
        return region;
    }

    /** Strokes a box's outline in grey. */
    void outline(Box box) throws IOException {
        page();
        stream.setStrokingColor(0.45f);
        stream.setLineWidth(0.5f);
        stream.addRect((float) box.x(), (float) (PAGE_HEIGHT - box.bottom()), (float) box.width(),
                (float) box.height());
        stream.stroke();
    }

    /** Fills a box with a light grey (table headers). */
    void shade(Box box) throws IOException {
        page();
        stream.setNonStrokingColor(0.92f);
        stream.addRect((float) box.x(), (float) (PAGE_HEIGHT - box.bottom()), (float) box.width(),
                (float) box.height());
        stream.fill();
        stream.setNonStrokingColor(0f);
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
