package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.reportauditor.model.Box;

/**
 * Groups glyphs into text lines and writes their text: glyphs on one baseline form a line, read left
 * to right; a space goes between words of Latin text, but between two ideographs only where the
 * file prints one, for justified Chinese text spreads them apart. A gap wider than
 * {@link #CHUNK_GAP} font sizes splits a line
 * into chunks.
 */
final class LineBuilder {
    /** Glyphs whose baselines differ by less than this share of the font size are on one line. */
    private static final double SAME_LINE = 0.4;
    /** A gap between Latin glyphs wider than this share of the font size is a word space. */
    private static final double WORD_GAP = 0.2;
    /** Between an ideograph and a Latin glyph a gap must be this wide to be a space. */
    private static final double MIXED_SCRIPT_GAP = 0.5;
    /**
     * A gap wider than this many font sizes separates chunks: the padding between the cells of a
     * line-less table is about as wide; a word space is narrower.
     */
    private static final double CHUNK_GAP = 0.4;

    private LineBuilder() {
    }

    /** The lines of some glyphs, top to bottom. */
    static List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double baseline = 0;
        double size = 0;
        for (Glyph glyph : sorted) {
            if (!current.isEmpty()
                    && Math.abs(glyph.baseline() - baseline) > SAME_LINE * Math.min(size, glyph.size())) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = glyph.baseline();
                size = glyph.size();
            }
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        lines.removeIf(line -> line.text().isEmpty());
        return lines;
    }

    /** The text of a table cell: its lines joined by line breaks. */
    static String cellText(List<Glyph> glyphs) {
        return String.join("\n", lines(glyphs).stream().map(TextLine::text).toList());
    }

    private static TextLine line(List<Glyph> glyphs) {
        List<Glyph> ordered = new ArrayList<>(glyphs);
        ordered.sort(Comparator.comparingDouble(g -> g.box().x()));
        List<TextChunk> chunks = new ArrayList<>();
        StringBuilder lineText = new StringBuilder();
        StringBuilder chunkText = new StringBuilder();
        List<Glyph> chunkGlyphs = new ArrayList<>();
        Glyph previous = null;
        boolean spacePrinted = false;
        for (Glyph glyph : ordered) {
            if (glyph.isSpace()) {
                spacePrinted = true;
                continue;
            }
            if (previous != null) {
                double gap = glyph.box().x() - previous.box().right();
                double size = Math.max(glyph.size(), previous.size());
                boolean space = needsSpace(previous, glyph, gap / size, spacePrinted);
                if (gap > CHUNK_GAP * size) {
                    chunks.add(new TextChunk(chunkText.toString(), bounds(chunkGlyphs)));
                    chunkText.setLength(0);
                    chunkGlyphs.clear();
                } else if (space) {
                    chunkText.append(' ');
                }
                if (space) {
                    lineText.append(' ');
                }
            }
            lineText.append(glyph.text());
            chunkText.append(glyph.text());
            chunkGlyphs.add(glyph);
            previous = glyph;
            spacePrinted = false;
        }
        if (!chunkGlyphs.isEmpty()) {
            chunks.add(new TextChunk(chunkText.toString(), bounds(chunkGlyphs)));
        }
        List<Glyph> visible = ordered.stream().filter(g -> !g.isSpace()).toList();
        double size = visible.stream().mapToDouble(Glyph::size).max().orElse(0);
        return new TextLine(lineText.toString().strip(), bounds(visible), size, chunks);
    }

    /**
     * Whether a space goes between two glyphs: between ideographs only where the file printed one
     * (their gaps are character spacing, which justified Chinese text is full of); between an ideograph and
     * a Latin letter or digit only where the file printed one or left a wide gap (typesetters add a
     * little room there that is no space); between Latin glyphs at a word gap.
     */
    private static boolean needsSpace(Glyph previous, Glyph glyph, double gapInSizes, boolean spacePrinted) {
        String before = previous.text();
        boolean cjkBefore = Scripts.isCjk(before.codePointBefore(before.length()));
        boolean cjkAfter = Scripts.isCjk(glyph.text().codePointAt(0));
        if (cjkBefore && cjkAfter) {
            return spacePrinted;
        }
        if (cjkBefore || cjkAfter) {
            return spacePrinted || gapInSizes > MIXED_SCRIPT_GAP;
        }
        return spacePrinted || gapInSizes > WORD_GAP;
    }

    static Box bounds(List<Glyph> glyphs) {
        Box box = null;
        for (Glyph glyph : glyphs) {
            box = box == null ? glyph.box() : box.union(glyph.box());
        }
        return box == null ? new Box(0, 0, 0, 0) : box;
    }
}
