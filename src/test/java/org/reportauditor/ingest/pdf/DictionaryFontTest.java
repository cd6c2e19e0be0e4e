package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportauditor.testing.ReportFiles;

/**
 * The fonts read from their dictionaries give what PDFBox's own fonts give for every code: the same
 * text, the same advance, the same codes read from the same bytes.
 */
class DictionaryFontTest {
    static Stream<Path> pdfs() {
        return Stream.of("corpus", "real", "lineless").flatMap(folder -> ReportFiles.in(folder, ".pdf").stream());
    }

    /** The fonts of a document's pages, as the reader's cache gives them, each with its dictionary. */
    private static Map<PDFont, COSDictionary> fonts(PDDocument document) throws IOException {
        Map<PDFont, COSDictionary> fonts = new LinkedHashMap<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            COSDictionary dictionaries = resources.getCOSObject().getCOSDictionary(COSName.FONT);
            for (COSName name : resources.getFontNames()) {
                fonts.put(resources.getFont(name), (COSDictionary) dictionaries.getDictionaryObject(name));
            }
        }
        return fonts;
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void everyCodeReadsAsPdfboxReadsIt(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            document.setResourceCache(new TextLayerFonts());
            PageRecorder recorder = new PageRecorder(new PageLimits(100_000, 5_000, 1_000_000, 1_000, 32));
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                recorder.record(document, page);
            }
            for (Map.Entry<PDFont, COSDictionary> font : fonts(document).entrySet()) {
                String what = pdf.getFileName() + " " + font.getKey().getName();
                if (font.getKey() instanceof DictionaryFont read) {
                    assertThat(read.askedPdfbox()).as(what + ": its pages were read from its dictionary alone")
                            .isFalse();
                    compare(what, read, PDFontFactory.createFont(font.getValue()));
                } else {
                    assertThat(DictionaryFont.of(font.getValue())).as(what + ": the cache should have answered")
                            .isNull();
                }
            }
        }
    }

    @Test
    void theFixturesHaveFontsOfBothKinds() throws IOException {
        Set<Class<?>> kinds = new HashSet<>();
        for (Path pdf : pdfs().toList()) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                document.setResourceCache(new TextLayerFonts());
                fonts(document).keySet().forEach(font -> kinds.add(font.getClass()));
            }
        }
        assertThat(kinds).as("else the comparison above proves little")
                .contains(DictionaryFont.Simple.class, DictionaryFont.Composite.class);
    }

    private static void compare(String what, DictionaryFont read, PDFont pdfbox) throws IOException {
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
    void compositeWidthsAreReadFromWAsPdfboxReadsThemWellFormedOrNot() throws IOException {
        COSName text = COSName.getPDFName("x");
        List<COSArray> arrays = List.of(
                // one width each for CIDs 1 and 2; one for 10 to 20; a later entry winning; a member that is
                // no number skipped, its place counted; an entry the array ends before
                array(1, array(500, 600), 10, 20, 300, 15, array(350.5f), 30, array(text, 700), 40, 50),
                // a range whose members are no numbers takes its three places all the same
                array(0, text, 5, 10, array(700)),
                array(0, COSNull.NULL, 5, 10, array(700)),
                array(text, 3, array(400)),
                array(5, array(400), 7),
                array(2, 1, 500, 8, array(300)),
                array(-3, array(100, 200, 300, 400)));
        // a real font of a WPS export, with the /W given each time: PDFBox's font needs its program
        try (PDDocument document = Loader.loadPDF(ReportFiles.in("real", ".pdf").get(0).toFile())) {
            COSDictionary composite = fonts(document).values().stream()
                    .filter(font -> COSName.getPDFName("Type0").equals(font.getCOSName(COSName.SUBTYPE)))
                    .findFirst().orElseThrow();
            COSDictionary descendant = (COSDictionary) composite.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0);
            descendant.setInt(COSName.DW, 800);
            for (COSArray w : arrays) {
                descendant.setItem(COSName.W, w);
                PDFont ours = DictionaryFont.of(composite);
                PDFont pdfbox = PDFontFactory.createFont(composite);
                assertThat(ours).isInstanceOf(DictionaryFont.Composite.class);
                for (int cid = 0; cid <= 64; cid++) {
                    assertThat(ours.getWidth(cid)).as("%s, CID %d", w, cid).isEqualTo(pdfbox.getWidth(cid));
                }
            }
        }
    }

    @Test
    void aWRangeReachingPastTheLargestTwoByteCodeIsCutThere() throws IOException {
        // PDFBox would walk this range to its end
        PDFont font = DictionaryFont.of(compositeFont(array(65000, Integer.MAX_VALUE, 250), 800));

        assertThat(List.of(font.getWidth(64999), font.getWidth(65000), font.getWidth(0xFFFF)))
                .containsExactly(800f, 250f, 250f);
        assertThat(font.getDisplacement(65000).getX()).isEqualTo(0.25f);
    }

    @Test
    void aCompositeFontPdfboxWouldRefuseIsLeftToPdfbox() throws IOException {
        COSDictionary font = compositeFont(new COSArray(), 1000);
        ((COSDictionary) font.getCOSArray(COSName.DESCENDANT_FONTS).getObject(0)).setItem(COSName.TYPE,
                COSName.ENCODING);

        assertThat(DictionaryFont.of(font)).isNull();
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

    /** An array of numbers (integers where whole) and other objects, as written. */
    private static COSArray array(Object... members) {
        COSArray array = new COSArray();
        for (Object member : members) {
            array.add(member instanceof Integer i ? COSInteger.get(i)
                    : member instanceof Float f ? new COSFloat(f) : (COSBase) member);
        }
        return array;
    }
}
