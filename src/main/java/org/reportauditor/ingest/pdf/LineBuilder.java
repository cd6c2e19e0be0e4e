package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.reportauditor.model.Box;

/**
 * Groups glyphs into text lines and writes their text: glyphs on one baseline form a line, read left
 * to right; a space goes between words of Latin text but never between two ideographs, which
 * justified Chinese text spreads apart. A gap wider than {@link #CHUNK_GAP} font sizes splits a line
 * into chunks.
 */
final class LineBuilder {
    /** Glyphs whose baselines differ by less than this share of the font size are on one line. */
    private static final double SAME_LINE = 0.4;
    /** A gap between Latin glyphs wider than this share of the font size is a word space. */
    private static final double WORD_GAP = 0.2;
    /** A gap wider than this many font sizes separates chunks (columns of a line-less table). */
    static final double CHUNK_GAP = 1.2;

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
                if (gap > CHUNK_GAP * size) {
                    chunks.add(new TextChunk(chunkText.toString(), bounds(chunkGlyphs)));
                    chunkText.setLength(0);
                    chunkGlyphs.clear();
                } else if (needsSpace(previous, glyph, gap > WORD_GAP * size || spacePrinted)) {
                    chunkText.append(' ');
                }
                if (needsSpace(previous, glyph, gap > WORD_GAP * size || spacePrinted)) {
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

    private static boolean needsSpace(Glyph previous, Glyph glyph, boolean separated) {
        String before = previous.text();
        boolean bothCjk = Scripts.isCjk(before.codePointBefore(before.length()))
                && Scripts.isCjk(glyph.text().codePointAt(0));
        return separated && !bothCjk;
    }

    static Box bounds(List<Glyph> glyphs) {
        Box box = null;
        for (Glyph glyph : glyphs) {
            box = box == null ? glyph.box() : box.union(glyph.box());
        }
        return box == null ? new Box(0, 0, 0, 0) : box;
    }
}
