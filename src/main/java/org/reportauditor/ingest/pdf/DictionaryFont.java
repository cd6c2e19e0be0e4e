package org.reportauditor.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A font that answers what reading a page asks of it (which codes a string holds, what text each
 * stands for, how far each advances) from the font dictionary alone: its ToUnicode map and its
 * widths. PDFBox's own fonts parse the embedded font program when they are made, which costs a
 * fresh process half a second over a few reports and is needed only to draw glyphs. Whatever the
 * dictionary does not answer (a code missing from the map or the widths, anything about outlines)
 * goes to PDFBox's font, made on first need, so the answers are PDFBox's own. Two differences, both
 * of damaged files: a font PDFBox cannot make at all still reads where its dictionary tells (PDFBox
 * would give up the page), and a {@code /W} range is cut at the largest two-byte code.
 */
abstract sealed class DictionaryFont extends PDFont {
    private static final COSName TYPE0 = COSName.getPDFName("Type0");
    private static final COSName IDENTITY_H = COSName.getPDFName("Identity-H");

    private static final Logger LOG = LoggerFactory.getLogger(DictionaryFont.class);

    private PDFont library;
    private boolean libraryFailed;

    private DictionaryFont(COSDictionary dictionary) {
        super(dictionary);
    }

    /**
     * The font for this dictionary, or {@code null} when the dictionary alone cannot answer for its
     * text (no ToUnicode map, a Type 3 font, a composite font in another encoding than Identity-H)
     * and PDFBox's own font is the one to use.
     */
    static PDFont of(COSDictionary dictionary) {
        if (!(dictionary.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)) {
            return null;
        }
        COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
        if (COSName.TYPE1.equals(subtype) || COSName.MM_TYPE1.equals(subtype) || COSName.TRUE_TYPE.equals(subtype)) {
            return new Simple(dictionary);
        }
        if (TYPE0.equals(subtype) && IDENTITY_H.equals(dictionary.getDictionaryObject(COSName.ENCODING))) {
            COSDictionary descendant = descendant(dictionary);
            return descendant == null ? null : new Composite(dictionary, descendant);
        }
        return null;
    }

    /**
     * A composite font's CID font: the first of its descendants, as PDFBox takes it; {@code null}
     * where PDFBox refuses the font (no descendant, or one that is no font).
     */
    private static COSDictionary descendant(COSDictionary font) {
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        if (descendants == null || descendants.size() == 0
                || !(descendants.getObject(0) instanceof COSDictionary descendant)) {
            return null;
        }
        COSName subtype = descendant.getCOSName(COSName.SUBTYPE);
        boolean cidFont = COSName.CID_FONT_TYPE0.equals(subtype) || COSName.CID_FONT_TYPE2.equals(subtype);
        return cidFont && COSName.FONT.equals(descendant.getCOSName(COSName.TYPE, COSName.FONT)) ? descendant : null;
    }

    /**
     * Does once what the first fonts would: parses the Identity-H map, and a one-character ToUnicode
     * map, which makes PDFBox build the string tables all its character maps share (0.1–0.2 s).
     */
    static void prepare() throws IOException {
        Composite.identity();
        byte[] toUnicode = "1 beginbfchar <01> <0041> endbfchar".getBytes(StandardCharsets.US_ASCII);
        new CMapParser().parse(new RandomAccessReadBuffer(toUnicode));
    }

    /** PDFBox's font for the same dictionary, or {@code null} if PDFBox cannot make one. */
    private PDFont library() {
        if (library == null && !libraryFailed) {
            try {
                library = PDFontFactory.createFont(dict);
            } catch (IOException | RuntimeException e) {
                // the glyphs only PDFBox's font could read stay unread; the rest of the page is read
                LOG.debug("PDFBox cannot make the font {}: {}", getName(), e.toString());
                libraryFailed = true;
            }
        }
        return library;
    }

    /** Whether PDFBox's font was asked for: reading the page needed more than the dictionary. */
    boolean askedPdfbox() {
        return library != null || libraryFailed;
    }

    @Override
    public String toUnicode(int code) {
        String text = super.toUnicode(code);
        if (text != null || library() == null) {
            return text;
        }
        return library().toUnicode(code);
    }

    @Override
    public String toUnicode(int code, GlyphList glyphList) {
        String text = super.toUnicode(code);
        if (text != null || library() == null) {
            return text;
        }
        return library().toUnicode(code, glyphList);
    }

    @Override
    public String getName() {
        return dict.getNameAsString(COSName.BASE_FONT);
    }

    @Override
    public Matrix getFontMatrix() {
        return library() == null ? super.getFontMatrix() : library().getFontMatrix();
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        return library() == null ? new BoundingBox() : library().getBoundingBox();
    }

    @Override
    public float getHeight(int code) throws IOException {
        return library() == null ? 0 : library().getHeight(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return library() != null && library().hasExplicitWidth(code);
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return library() == null ? 0 : library().getWidthFromFont(code);
    }

    @Override
    protected float getStandard14Width(int code) {
        try {
            return library() == null ? 0 : library().getWidth(code);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public boolean isEmbedded() {
        return library() != null && library().isEmbedded();
    }

    @Override
    public boolean isDamaged() {
        return library() == null || library().isDamaged();
    }

    @Override
    public boolean isVertical() {
        // a simple font, or a composite one in Identity-H: both write horizontally
        return false;
    }

    /** A font read from, never written into. */
    @Override
    protected byte[] encode(int unicode) {
        throw new UnsupportedOperationException("a font for reading text only");
    }

    @Override
    public void addToSubset(int codePoint) {
        throw new UnsupportedOperationException("a font for reading text only");
    }

    @Override
    public void subset() {
        throw new UnsupportedOperationException("a font for reading text only");
    }

    @Override
    public boolean willBeSubset() {
        return false;
    }

    /**
     * A Type 1 or TrueType font: one byte a code, widths from {@code /Widths} (PDFont's own lookup,
     * which goes to the font program only for codes the array lacks).
     */
    static final class Simple extends DictionaryFont {
        Simple(COSDictionary dictionary) {
            super(dictionary);
        }

        @Override
        public int readCode(InputStream in) throws IOException {
            return in.read();
        }
    }

    /**
     * A Type 0 font in Identity-H: two bytes a code, the code its CID, widths from the descendant's
     * {@code /W} and {@code /DW}, read as PDFBox reads them.
     */
    static final class Composite extends DictionaryFont {
        private static final float DEFAULT_WIDTH = 1000;
        /** Identity-H has two-byte codes: no CID is larger. */
        private static final int MAX_CID = 0xFFFF;
        private static CMap identity;

        private final CMap encoding;
        /** By CID; NaN where {@code /W} gives none. */
        private final float[] widths;
        private final float defaultWidth;

        Composite(COSDictionary dictionary, COSDictionary descendant) {
            super(dictionary);
            this.encoding = identity();
            this.widths = widths(descendant.getDictionaryObject(COSName.W));
            this.defaultWidth = descendant.getDictionaryObject(COSName.DW) instanceof COSNumber dw
                    ? dw.floatValue() : DEFAULT_WIDTH;
        }

        /** The predefined Identity-H map, parsed once: it decides how many bytes make a code. */
        private static synchronized CMap identity() {
            if (identity == null) {
                try {
                    identity = new CMapParser().parsePredefined(IDENTITY_H.getName());
                } catch (IOException e) {
                    throw new IllegalStateException("PDFBox's Identity-H map is missing", e);
                }
            }
            return identity;
        }

        /** CIDs from {@code first} to {@code last} are {@code width} wide. */
        private record Span(int first, int last, float width) {
        }

        private static float[] widths(COSBase w) {
            List<Span> spans = spans(w);
            int size = 0;
            for (Span span : spans) {
                size = Math.max(size, span.last() + 1);
            }
            float[] widths = new float[size];
            Arrays.fill(widths, Float.NaN);
            for (Span span : spans) {
                // a later entry for the same CID wins, as in PDFBox
                Arrays.fill(widths, span.first(), span.last() + 1, span.width());
            }
            return widths;
        }

        /**
         * {@code c [w1 w2 …]} gives the CIDs from c one width each, {@code first last w} one width to a
         * range; an entry that is neither is skipped, as PDFBox skips it.
         */
        private static List<Span> spans(COSBase w) {
            List<Span> spans = new ArrayList<>();
            if (!(w instanceof COSArray array)) {
                return spans;
            }
            int i = 0;
            while (i < array.size() - 1) {
                if (!(array.getObject(i++) instanceof COSNumber first)) {
                    continue;
                }
                COSBase next = array.getObject(i++);
                if (next instanceof COSArray run) {
                    for (int k = 0; k < run.size(); k++) {
                        if (run.getObject(k) instanceof COSNumber width) {
                            add(spans, first.intValue() + k, first.intValue() + k, width.floatValue());
                        }
                    }
                } else if (i < array.size()) {
                    // a range takes three members, numbers or not
                    COSBase third = array.getObject(i++);
                    if (next instanceof COSNumber last && third instanceof COSNumber width) {
                        add(spans, first.intValue(), last.intValue(), width.floatValue());
                    }
                } else {
                    break;
                }
            }
            return spans;
        }

        /**
     * Keeps the part of a span that a two-byte code can reach (PDFBox walks a range to its end,
     * which for {@code 0 2147483647 w} does not come).
     */
        private static void add(List<Span> spans, int first, int last, float width) {
            int from = Math.max(first, 0);
            int to = Math.min(last, MAX_CID);
            if (from <= to) {
                spans.add(new Span(from, to, width));
            }
        }

        @Override
        public int readCode(InputStream in) throws IOException {
            return encoding.readCode(in);
        }

        @Override
        public float getWidth(int code) {
            int cid = encoding.toCID(code);
            return cid >= 0 && cid < widths.length && !Float.isNaN(widths[cid]) ? widths[cid] : defaultWidth;
        }
    }
}
