package org.reportauditor.export.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * WenQuanYi Micro Hei, shipped in the jar (Apache-2.0, licence beside it), embedded as a subset so
 * that the Chinese text the export writes can be selected, searched and copied in any viewer. It
 * must stay open until the document is saved: the subset is made then.
 */
final class EmbeddedFont implements Closeable {
    private static final String RESOURCE = "/org/reportauditor/export/fonts/wqy-microhei.ttc";
    private static final String NAME = "WenQuanYiMicroHei";
    /** Drawn for a character the font has no glyph for. */
    private static final char MISSING = '□';

    private final TrueTypeCollection collection;
    private final PDType0Font font;
    private final Map<Integer, Boolean> shown = new HashMap<>();

    EmbeddedFont(PDDocument document) throws IOException {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the font " + RESOURCE + " is missing from the jar");
            }
            collection = new TrueTypeCollection(in);
        }
        TrueTypeFont face = collection.getFontByName(NAME);
        if (face == null) {
            collection.close();
            throw new IOException("the font " + NAME + " is missing from " + RESOURCE);
        }
        font = PDType0Font.load(document, face, true);
    }

    PDType0Font font() {
        return font;
    }

    /** The text with tabs as spaces, other control characters dropped and characters without a glyph as □. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(shown.computeIfAbsent(cp, this::hasGlyph) ? cp : MISSING);
            }
        });
        return out.toString();
    }

    /** Width in points of printable text at {@code size}. */
    double width(String printable, double size) {
        try {
            return font.getStringWidth(printable) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return printable.length() * size;
        }
    }

    private boolean hasGlyph(int codePoint) {
        // encoding is the font's own test: it refuses a character its cmap does not map
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
