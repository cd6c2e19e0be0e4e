package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** What the one PDFBox-facing class records of pages drawn for the purpose. */
class PageRecorderTest {
    private final PageRecorder recorder = new PageRecorder(new PageLimits(10_000, 10_000, 100_000, 100, 10));

    /** A one-page A4 document whose content {@code drawing} writes. */
    private static PDDocument document(Drawing drawing) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            drawing.draw(content);
        }
        return document;
    }

    private interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    private static void text(PDPageContentStream content, String text, float x, float y) throws IOException {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    @Test
    void glyphsStandOnTheirBaselineMeasuredFromTheTopOfThePage() throws IOException {
        try (PDDocument document = document(content -> text(content, "Total 12", 100, 700))) {
            PageContent page = recorder.record(document, 1);
            assertThat(page.width()).isCloseTo(595.3, within(0.1));
            assertThat(page.glyphs()).extracting(Glyph::text).containsExactly("T", "o", "t", "a", "l", " ", "1", "2");
            Glyph first = page.glyphs().get(0);
            assertThat(first.box().x()).isCloseTo(100, within(0.01));
            assertThat(first.baseline()).isCloseTo(841.89 - 700, within(0.01));
            assertThat(first.box().height()).isCloseTo(12, within(0.01));
            assertThat(first.direction()).isEqualTo(TextDirection.LEFT_TO_RIGHT);
        }
    }

    @Test
    void textPrintedTwiceOverItselfForBoldnessIsRecordedOnce() throws IOException {
        try (PDDocument document = document(content -> {
            text(content, "Bold", 100, 700);
            text(content, "Bold", 100.3f, 700);
        })) {
            assertThat(recorder.record(document, 1).glyphs()).extracting(Glyph::text)
                    .containsExactly("B", "o", "l", "d");
        }
    }

    @Test
    void strokedLinesAndThinFilledBarsAreRulingsWideFillsAreNot() throws IOException {
        try (PDDocument document = document(content -> {
            content.moveTo(50, 800);
            content.lineTo(300, 800);
            content.stroke();
            content.addRect(50, 600, 250, 100);
            content.stroke();
            content.addRect(400, 500, 0.8f, 200);
            content.fill();
            content.addRect(400, 100, 100, 100);
            content.fill();
        })) {
            PageContent page = recorder.record(document, 1);
            assertThat(page.rulings()).hasSize(6);
            Ruling line = page.rulings().get(0);
            assertThat(line.horizontal()).isTrue();
            assertThat(line.position()).isCloseTo(841.89 - 800, within(0.01));
            assertThat(line.start()).isEqualTo(50);
            assertThat(line.end()).isEqualTo(300);
            Ruling bar = page.rulings().get(5);
            assertThat(bar.horizontal()).isFalse();
            assertThat(bar.position()).isCloseTo(400.4, within(0.01));
            assertThat(bar.length()).isCloseTo(200, within(0.01));
        }
    }

    @Test
    void aPageRunningTooManyOperatorsIsGivenUp() throws IOException {
        try (PDDocument document = document(content -> {
            for (int i = 0; i < 200; i++) {
                content.saveGraphicsState();
                content.restoreGraphicsState();
            }
        })) {
            assertThatThrownBy(() -> new PageRecorder(new PageLimits(10, 10, 100, 100, 10)).record(document, 1))
                    .isInstanceOfSatisfying(PageOverBudget.class, e -> {
                        assertThat(e.budget()).isEqualTo(PageOverBudget.Budget.OPERATORS);
                        assertThat(e.limit()).isEqualTo(100);
                    });
        }
    }

    @Test
    void aPageShowingMoreGlyphsThanTheLimitIsGivenUpNotCutSilently() throws IOException {
        try (PDDocument document = document(content -> text(content, "0123456789AB", 100, 700))) {
            assertThatThrownBy(() -> new PageRecorder(new PageLimits(10, 10, 100, 100, 10)).record(document, 1))
                    .isInstanceOfSatisfying(PageOverBudget.class,
                            e -> assertThat(e.budget()).isEqualTo(PageOverBudget.Budget.GLYPHS));
        }
    }

    @Test
    void aPageDrawingMoreLinesThanTheLimitIsGivenUpNotCutSilently() throws IOException {
        try (PDDocument document = document(content -> {
            for (int i = 0; i < 12; i++) {
                content.moveTo(50, 100 + i * 20);
                content.lineTo(400, 100 + i * 20);
                content.stroke();
            }
        })) {
            assertThatThrownBy(() -> new PageRecorder(new PageLimits(100, 10, 1000, 100, 10)).record(document, 1))
                    .isInstanceOfSatisfying(PageOverBudget.class, e -> {
                        assertThat(e.budget()).isEqualTo(PageOverBudget.Budget.RULINGS);
                        assertThat(e.limit()).isEqualTo(10);
                    });
            // as many lines as the limit are read
            assertThat(new PageRecorder(new PageLimits(100, 12, 1000, 100, 10)).record(document, 1)).isNotNull();
        }
    }
}
