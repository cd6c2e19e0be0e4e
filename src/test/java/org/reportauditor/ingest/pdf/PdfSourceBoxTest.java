package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.model.Box;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.TextPiece;

/**
 * The source box of every cell and every line of a paragraph encloses the glyphs of its text, as
 * PDFBox's own text extraction places them.
 */
class PdfSourceBoxTest {
    private static final double TOLERANCE = 0.5;

    static List<Path> reports() throws IOException {
        return ReportFixtures.reportPdfs();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void cellBoxesEncloseTheirGlyphs(Path pdf) throws IOException {
        RawDocument document = new PdfDocumentReader().read(pdf, ReadOptions.DEFAULT);
        Map<Integer, List<TextPosition>> positions = positionsByPage(pdf);
        List<RawCell> cells = ReportFixtures.cells(document).stream().filter(c -> !c.text().isBlank()).toList();
        assertThat(cells).isNotEmpty();
        for (RawCell cell : cells) {
            SourceLocation.PageRegion region = (SourceLocation.PageRegion) cell.source();
            assertEnclosesItsText(region, cell.text(), positions.get(region.page()));
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void paragraphLineBoxesEncloseTheirGlyphs(Path pdf) throws IOException {
        RawDocument document = new PdfDocumentReader().read(pdf, ReadOptions.DEFAULT);
        Map<Integer, List<TextPosition>> positions = positionsByPage(pdf);
        for (TextBlock block : document.textBlocks()) {
            for (TextPiece piece : block.paragraph().pieces()) {
                SourceLocation.PageRegion region = (SourceLocation.PageRegion) piece.source();
                assertEnclosesItsText(region, block.text().substring(piece.start(), piece.end()),
                        positions.get(region.page()));
                assertThat(block.paragraph().locate(piece.start(), piece.end())).isEqualTo(region);
            }
        }
    }

    /**
     * Every character of the text is printed by a glyph whose centre lies in the box, and the box
     * encloses all of every such glyph.
     */
    private static void assertEnclosesItsText(SourceLocation.PageRegion region, String text,
            List<TextPosition> positions) throws IOException {
        Box box = region.box();
        Map<String, Integer> inside = new HashMap<>();
        for (TextPosition position : positions) {
            Box glyph = glyphBox(position);
            if (box.contains(glyph.centerX(), glyph.centerY())) {
                assertThat(box.encloses(glyph, TOLERANCE)).as("%s encloses %s of '%s'", box, glyph, text).isTrue();
                inside.merge(position.getUnicode(), 1, Integer::sum);
            }
        }
        text.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> {
            String character = new String(Character.toChars(cp));
            assertThat(inside.getOrDefault(character, 0)).as("'%s' of '%s' in %s", character, text, box).isPositive();
            inside.merge(character, -1, Integer::sum);
        });
    }

    /**
     * The box of a glyph as PDFBox places it: from its origin on the baseline, as wide as the font
     * says the glyph is and as tall as PDFBox's height, but no taller than the font size. (PDFBox's
     * width adds the character spacing, which WPS sets as wide as a cell to print a label one
     * character per line; its height is half the font's bounding box, which for CJK fonts can
     * reach far above any glyph.)
     */
    private static Box glyphBox(TextPosition position) throws IOException {
        double width = position.getWidth();
        int[] codes = position.getCharacterCodes();
        if (codes.length == 1) {
            double own = position.getFont().getWidth(codes[0]) / 1000 * position.getTextMatrix().getScalingFactorX();
            width = Math.min(width, own);
        }
        double height = Math.min(position.getHeight(), Math.abs(position.getTextMatrix().getScalingFactorY()));
        return new Box(position.getX(), position.getY() - height, width, height);
    }

    private static Map<Integer, List<TextPosition>> positionsByPage(Path pdf) throws IOException {
        Map<Integer, List<TextPosition>> byPage = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<TextPosition> positions = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String string, List<TextPosition> textPositions) {
                        positions.addAll(textPositions);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                byPage.put(page, positions);
            }
        }
        return byPage;
    }
}
