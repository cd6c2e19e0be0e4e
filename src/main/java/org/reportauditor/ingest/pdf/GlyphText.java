package org.reportauditor.ingest.pdf;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** What the characters a font maps its glyphs to say: readable or garbage, and in which form. */
final class GlyphText {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private GlyphText() {
    }

    /**
     * Whether a glyph's text is no character a reader can use: the replacement character, a
     * private-use character or a control character, as fonts without a real Unicode map produce.
     */
    static boolean isUnreadable(String text) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        return text.codePoints().anyMatch(GlyphText::isGarbage);
    }

    private static boolean isGarbage(int cp) {
        return cp == 0xFFFD
                || (cp >= 0xE000 && cp <= 0xF8FF)
                || cp >= 0xF0000
                || (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r');
    }

    /** The text without any whitespace, as patterns are matched against. */
    static String compact(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }

    /**
     * Kangxi radicals and CJK compatibility ideographs that some producers (WPS among them) map
     * glyphs to look like ordinary ideographs but are different characters; they are replaced by the
     * ordinary ones so that text matches. Other characters (full-width brackets) stay as printed.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if ((cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF)) {
                out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
