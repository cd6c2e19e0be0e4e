package org.reportauditor.ingest.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The resource cache of a document read for its text: PDFBox asks it for a font before making one,
 * and it answers with a {@link DictionaryFont} wherever the font's dictionary says what its glyphs
 * read and how wide they are. Everything else is cached as PDFBox caches it.
 */
final class TextLayerFonts extends DefaultResourceCache {
    @Override
    public PDFont getFont(COSObject indirect) {
        PDFont font = super.getFont(indirect);
        if (font == null && indirect.getObject() instanceof COSDictionary dictionary) {
            font = DictionaryFont.of(dictionary);
            if (font != null) {
                put(indirect, font);
            }
        }
        return font;
    }
}
