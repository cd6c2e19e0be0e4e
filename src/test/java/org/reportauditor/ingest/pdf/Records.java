package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.Box;

/** Builds the plain page records the layout classes work on, as a page would show them. */
final class Records {
    static final double SIZE = 10;
    static final double PAGE_WIDTH = 595;
    static final double PAGE_HEIGHT = 842;

    private Records() {
    }

    /** A glyph of font size {@link #SIZE}, one font size wide, standing on {@code baseline}. */
    static Glyph glyph(String text, double x, double baseline) {
        return new Glyph(text, new Box(x, baseline - SIZE, SIZE * text.length(), SIZE), TextDirection.LEFT_TO_RIGHT,
                SIZE);
    }

    /** The glyphs of a run of text set solid (each glyph one font size wide) from {@code x}. */
    static List<Glyph> text(String text, double x, double baseline) {
        List<Glyph> glyphs = new ArrayList<>();
        double at = x;
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(glyph(text.substring(i, i + 1), at, baseline));
            at += SIZE;
        }
        return glyphs;
    }

    /** One line of text. */
    static TextLine line(String text, double x, double baseline) {
        return LineBuilder.lines(text(text, x, baseline)).get(0);
    }

    /** A line of runs, each {@code (text, x)}, on one baseline. */
    static TextLine line(double baseline, Object... runs) {
        return sizedLine(SIZE, baseline, runs);
    }

    /** A line of runs, each {@code (text, x)}, on one baseline, in type of {@code size} points. */
    static TextLine sizedLine(double size, double baseline, Object... runs) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < runs.length; i += 2) {
            double at = ((Number) runs[i + 1]).doubleValue();
            for (char c : ((String) runs[i]).toCharArray()) {
                glyphs.add(new Glyph(String.valueOf(c), new Box(at, baseline - size, size, size),
                        TextDirection.LEFT_TO_RIGHT, size));
                at += size;
            }
        }
        return LineBuilder.lines(glyphs).get(0);
    }

    static Ruling horizontal(double y, double x0, double x1) {
        return new Ruling(true, y, x0, x1);
    }

    static Ruling vertical(double x, double y0, double y1) {
        return new Ruling(false, x, y0, y1);
    }

    /** The rulings of a full grid: every row and column edge drawn across the whole table. */
    static List<Ruling> grid(double[] columns, double[] rows) {
        List<Ruling> rulings = new ArrayList<>();
        for (double y : rows) {
            rulings.add(horizontal(y, columns[0], columns[columns.length - 1]));
        }
        for (double x : columns) {
            rulings.add(vertical(x, rows[0], rows[rows.length - 1]));
        }
        return rulings;
    }

    static PageFrame uprightFrame() {
        return new PageFrame(TextDirection.LEFT_TO_RIGHT, PAGE_WIDTH, PAGE_HEIGHT);
    }

    static PageContent page(int page, List<Glyph> glyphs, List<Ruling> rulings) {
        return new PageContent(page, PAGE_WIDTH, PAGE_HEIGHT, glyphs, rulings, List.of(), 0, glyphs.size());
    }
}
