package org.reportauditor.ingest.pdf;

import java.util.List;

import org.reportauditor.model.Box;

/**
 * What one page shows, as plain records with display coordinates (after the page's /Rotate):
 * the readable glyphs, the ruling lines, the boxes of the images, how many glyphs were printed and
 * how many of them had no readable character (no Unicode mapping, or a replacement, private-use or
 * control character).
 */
record PageContent(int page, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
        List<Box> images, int unreadableGlyphs, int printedGlyphs) {

    PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
        images = List.copyOf(images);
    }
}
