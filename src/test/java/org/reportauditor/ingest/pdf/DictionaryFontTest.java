package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportauditor.testing.ReportFiles;

/**
 * The fonts read from their dictionaries give what PDFBox's own fonts give for every code: the same
 * text, the same advance, the same codes read from the same bytes.
 */
class DictionaryFontTest {
    /** Kinds of font compared over all fixtures: neither may be missing, or the comparison proves nothing. */
    private static final List<String> COMPARED = new ArrayList<>();

    static Stream<Path> pdfs() {
        return Stream.of("corpus", "real", "lineless").flatMap(folder -> ReportFiles.in(folder, ".pdf").stream());
    }

    @BeforeAll
    static void startCounting() {
        COMPARED.clear();
    }

    @AfterAll
    static void bothKindsWereCompared() {
        assertThat(COMPARED).contains(DictionaryFont.Simple.class.getSimpleName(),
                DictionaryFont.Composite.class.getSimpleName());
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void everyCodeReadsAsPdfboxReadsIt(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            document.setResourceCache(new TextLayerFonts());
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    COSDictionary dictionary = (COSDictionary) fonts.getDictionaryObject(name);
                    if (font instanceof DictionaryFont read) {
                        compare(pdf + " " + name.getName(), read, PDFontFactory.createFont(dictionary));
                    } else {
                        assertThat(DictionaryFont.of(dictionary)).as("a font the cache should have answered")
                                .isNull();
                    }
                }
            }
        }
    }

    private static void compare(String what, DictionaryFont read, PDFont pdfbox) throws IOException {
        COMPARED.add(read.getClass().getSimpleName());
        int codes = read instanceof DictionaryFont.Composite ? 0x10000 : 0x100;
        for (int code = 0; code < codes; code++) {
            assertThat(read.toUnicode(code)).as(what + " text of %d", code).isEqualTo(pdfbox.toUnicode(code));
            Vector ours = read.getDisplacement(code);
            Vector theirs = pdfbox.getDisplacement(code);
            assertThat(ours.getX()).as(what + " advance of %d", code).isEqualTo(theirs.getX());
            assertThat(ours.getY()).as(what + " rise of %d", code).isEqualTo(theirs.getY());
        }
        // every byte value, and a last code cut short
        byte[] string = new byte[257];
        for (int i = 0; i < string.length; i++) {
            string[i] = (byte) (i * 37);
        }
        assertThat(codes(read, string)).as(what + " codes").isEqualTo(codes(pdfbox, string));
        assertThat(read.isVertical()).isEqualTo(pdfbox.isVertical());
    }

    private static List<Integer> codes(PDFont font, byte[] string) throws IOException {
        List<Integer> codes = new ArrayList<>();
        InputStream in = new ByteArrayInputStream(string);
        while (in.available() > 0) {
            codes.add(font.readCode(in));
        }
        return codes;
    }

    @Test
    void whatTheDictionaryLacksIsAskedOfPdfboxsFont() throws IOException {
        // Helvetica needs no font program: PDFBox's font reads its metrics and encoding from its AFM
        COSDictionary helvetica = simpleFont("Helvetica", "1 beginbfchar <41> <005A> endbfchar");
        helvetica.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
        helvetica.setInt(COSName.FIRST_CHAR, 0x41);
        helvetica.setInt(COSName.LAST_CHAR, 0x41);
        helvetica.setItem(COSName.WIDTHS, numbers(999));
        PDFont font = DictionaryFont.of(helvetica);

        assertThat(font).isInstanceOf(DictionaryFont.Simple.class);
        assertThat(font.toUnicode(0x41)).as("from the ToUnicode map").isEqualTo("Z");
        assertThat(font.toUnicode(0x42)).as("from the encoding, through PDFBox").isEqualTo("B");
        assertThat(font.getWidth(0x41)).as("from /Widths").isEqualTo(999);
        assertThat(font.readCode(new ByteArrayInputStream(new byte[] {0x42, 0x41}))).isEqualTo(0x42);

        helvetica.removeItem(COSName.WIDTHS);
        assertThat(DictionaryFont.of(helvetica).getWidth(0x42)).as("from the AFM, through PDFBox").isEqualTo(667);
    }

    @Test
    void compositeWidthsAreReadFromWAsPdfboxReadsThem() throws IOException {
        COSArray w = new COSArray();
        // 1 [500 600]: one width each for CIDs 1 and 2
        w.add(COSInteger.get(1));
        w.add(numbers(500, 600));
        // 10 20 300: one width for CIDs 10 to 20
        w.add(COSInteger.get(10));
        w.add(COSInteger.get(20));
        w.add(COSInteger.get(300));
        // a later entry wins over an earlier one
        w.add(COSInteger.get(15));
        w.add(numbers(350.5f));
        // a member that is no number is skipped, its place counted
        COSArray run = new COSArray();
        run.add(COSName.getPDFName("x"));
        run.add(COSInteger.get(700));
        w.add(COSInteger.get(30));
        w.add(run);
        // a range reaching past the largest two-byte code is cut there, not walked to its end
        w.add(COSInteger.get(65000));
        w.add(COSInteger.get(Integer.MAX_VALUE));
        w.add(COSInteger.get(250));
        // the array ends before this entry does: PDFBox stops there
        w.add(COSInteger.get(40));
        w.add(COSInteger.get(50));
        PDFont font = DictionaryFont.of(compositeFont(w, 800));

        assertThat(font).isInstanceOf(DictionaryFont.Composite.class);
        assertThat(List.of(font.getWidth(1), font.getWidth(2), font.getWidth(3))).containsExactly(500f, 600f, 800f);
        assertThat(List.of(font.getWidth(10), font.getWidth(15), font.getWidth(20))).containsExactly(300f, 350.5f, 300f);
        assertThat(List.of(font.getWidth(30), font.getWidth(31))).containsExactly(800f, 700f);
        assertThat(List.of(font.getWidth(65000), font.getWidth(0xFFFF))).containsExactly(250f, 250f);
        assertThat(font.getWidth(40)).isEqualTo(800f);
        assertThat(font.getDisplacement(1).getX()).isEqualTo(0.5f);
    }

    @Test
    void compositeCodesAreTwoBytesAndReadThroughTheToUnicodeMap() throws IOException {
        PDFont font = DictionaryFont.of(compositeFont(new COSArray(), 1000));

        assertThat(codes(font, new byte[] {0x00, 0x01, 0x4E, 0x00})).containsExactly(0x0001, 0x4E00);
        assertThat(font.toUnicode(0x0001)).isEqualTo("一");
        assertThat(font.getWidth(0x4E00)).as("the default width").isEqualTo(1000);
        assertThat(font.isVertical()).isFalse();
    }

    @Test
    void fontsTheDictionaryCannotAnswerForAreLeftToPdfbox() throws IOException {
        COSDictionary noMap = simpleFont("Helvetica", null);
        COSDictionary type3 = simpleFont("Drawn", "1 beginbfchar <41> <0041> endbfchar");
        type3.setItem(COSName.SUBTYPE, COSName.TYPE3);
        COSDictionary vertical = compositeFont(new COSArray(), 1000);
        vertical.setItem(COSName.ENCODING, COSName.getPDFName("Identity-V"));
        COSDictionary otherEncoding = compositeFont(new COSArray(), 1000);
        otherEncoding.setItem(COSName.ENCODING, COSName.getPDFName("UniGB-UCS2-H"));

        assertThat(Stream.of(noMap, type3, vertical, otherEncoding).map(DictionaryFont::of)).containsOnlyNulls();
    }

    @Test
    void theCacheAnswersForIndirectFontsItCanRead() throws IOException {
        TextLayerFonts cache = new TextLayerFonts();
        COSObject readable = new COSObject(simpleFont("Helvetica", "1 beginbfchar <41> <0041> endbfchar"));
        COSObject unreadable = new COSObject(simpleFont("Helvetica", null));

        PDFont font = cache.getFont(readable);
        assertThat(font).isInstanceOf(DictionaryFont.class);
        assertThat(cache.getFont(readable)).as("cached").isSameAs(font);
        assertThat(cache.getFont(unreadable)).as("PDFBox makes it").isNull();
    }

    private static COSDictionary simpleFont(String name, String toUnicode) throws IOException {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setName(COSName.BASE_FONT, name);
        if (toUnicode != null) {
            font.setItem(COSName.TO_UNICODE, stream(toUnicode));
        }
        return font;
    }

    private static COSDictionary compositeFont(COSArray w, int defaultWidth) throws IOException {
        COSDictionary descendant = new COSDictionary();
        descendant.setItem(COSName.TYPE, COSName.FONT);
        descendant.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        descendant.setName(COSName.BASE_FONT, "Song");
        descendant.setItem(COSName.W, w);
        descendant.setInt(COSName.DW, defaultWidth);
        COSArray descendants = new COSArray();
        descendants.add(descendant);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.getPDFName("Type0"));
        font.setName(COSName.BASE_FONT, "Song");
        font.setItem(COSName.ENCODING, COSName.getPDFName("Identity-H"));
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, stream("""
                1 begincodespacerange <0000> <FFFF> endcodespacerange
                1 beginbfchar <0001> <4E00> endbfchar"""));
        return font;
    }

    private static COSStream stream(String text) throws IOException {
        COSStream stream = new COSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private static COSArray numbers(float... values) {
        COSArray array = new COSArray();
        for (float value : values) {
            array.add(new COSFloat(value));
        }
        return array;
    }
}
