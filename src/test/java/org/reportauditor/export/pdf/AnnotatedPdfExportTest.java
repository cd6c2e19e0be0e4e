package org.reportauditor.export.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.Main;
import org.reportauditor.audit.Auditor;
import org.reportauditor.audit.FileDigest;
import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.export.ExportProgress;
import org.reportauditor.i18n.Messages;
import org.reportauditor.ingest.pdf.PageDisplay;
import org.reportauditor.model.AddedFinding;
import org.reportauditor.model.Box;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Correction;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;
import org.reportauditor.model.SourceLocation.PageRegion;

/** The annotated PDF read back with PDFBox: what a reader of it would find in any viewer. */
class AnnotatedPdfExportTest {
    private static final Auditor AUDITOR = Main.auditor();
    private static final CellAddress PARTIAL_TOTAL = CellAddress.parse("applications/partially_disclosed/total");
    private static final CellAddress NOT_HELD_TOTAL = CellAddress.parse("applications/unavailable.not_held/total");
    private static final String BEIJING = "/reports/corpus/003_4fb9745642b3cd23.";

    @TempDir
    Path dir;

    private Path copy(String extension) throws IOException {
        Path file = dir.resolve("北京2020." + extension);
        try (InputStream in = AnnotatedPdfExportTest.class.getResourceAsStream(BEIJING + extension)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static ReviewState state(ReviewStatus status, String comment) {
        return new ReviewState(status, comment, "王敏", Instant.parse("2026-12-06T09:15:02Z"));
    }

    /** The partial total confirmed, the not-held total dismissed, and a finding of the auditor's own. */
    private ReviewedResult reviewed(Path file) {
        Review review = Review.empty(file.getFileName().toString(), FileDigest.sha256(file))
                .decide("row-total:" + PARTIAL_TOTAL, state(ReviewStatus.CONFIRMED, "与原件核对无误"))
                .decide("row-total:" + NOT_HELD_TOTAL, state(ReviewStatus.DISMISSED, "原件如此"))
                .add(new AddedFinding("manual-1", Severity.WARNING, "申请数与上年相比变化大",
                        List.of(CellAddress.parse("applications/new/natural_person")), null, null, "王敏",
                        Instant.parse("2026-12-06T09:20:31Z"), null));
        return AUDITOR.review(AUDITOR.audit(file), review);
    }

    private Path export(ReviewedResult reviewed, boolean withoutDismissed) throws IOException {
        Path target = dir.resolve("批注.pdf");
        List<Integer> progress = new ArrayList<>();
        new AnnotatedPdfExport(Messages.chinese()).write(reviewed, target, withoutDismissed,
                (done, total) -> progress.add(done));
        assertFalse(progress.isEmpty(), "the export says how far it has come");
        return target;
    }

    /** The finding squares of the document by their name (the finding's id), with the page each is on. */
    private static Map<String, Square> squares(PDDocument pdf) throws IOException {
        Map<String, Square> squares = new HashMap<>();
        for (int p = 0; p < pdf.getNumberOfPages(); p++) {
            for (PDAnnotation a : pdf.getPage(p).getAnnotations()) {
                if (a instanceof PDAnnotationSquare s && !s.getAnnotationName().contains("@")) {
                    assertEquals(null, squares.put(s.getAnnotationName(), new Square(s, p + 1)),
                            "one annotation per finding: " + s.getAnnotationName());
                }
            }
        }
        return squares;
    }

    private record Square(PDAnnotationSquare annotation, int page) {
    }

    private static List<PDAnnotationText> states(PDDocument pdf) throws IOException {
        List<PDAnnotationText> states = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationText t && "Review".equals(t.getStateModel())) {
                    states.add(t);
                }
            }
        }
        return states;
    }

    @Test
    void aPdfSourceKeepsItsPagesAndGetsOneAnnotationPerFindingOverItsCell() throws IOException {
        Path source = copy("pdf");
        byte[] before = Files.readAllBytes(source);
        ReviewedResult reviewed = reviewed(source);
        int sourcePages;
        try (PDDocument original = Loader.loadPDF(source.toFile())) {
            sourcePages = original.getNumberOfPages();
        }
        try (PDDocument pdf = Loader.loadPDF(export(reviewed, false).toFile())) {
            assertTrue(pdf.getNumberOfPages() > sourcePages, "summary pages are appended");
            Map<String, Square> squares = squares(pdf);
            assertEquals(reviewed.findings().stream().map(ReviewedFinding::id).sorted().toList(),
                    squares.keySet().stream().sorted().toList());

            Square partial = squares.get("row-total:" + PARTIAL_TOTAL);
            PageRegion printed = (PageRegion) reviewed.corrected().report().cell(PARTIAL_TOTAL).orElseThrow().source();
            assertEquals(printed.page(), partial.page());
            Box marked = displayed(pdf.getPage(partial.page() - 1), partial.annotation());
            assertTrue(marked.encloses(printed.box(), 0.01), marked + " covers the printed 78 at " + printed.box());
            assertTrue(marked.width() < printed.box().width() + 10, "and no more than that cell");
            assertArrayEquals(new float[] {0.86f, 0.1f, 0.1f}, partial.annotation().getColor().getComponents());
            String note = partial.annotation().getContents();
            assertTrue(note.contains("row-total") && note.contains("78") && note.contains("63")
                    && note.contains("已确认") && note.contains("与原件核对无误") && note.contains("王敏"), note);
            assertNotNull(partial.annotation().getPopup(), "the note opens in a pop-up");
            assertNotNull(partial.annotation().getAppearance(), "drawn the same in every viewer");

            Square own = squares.get("manual-1");
            assertArrayEquals(new float[] {0.1f, 0.4f, 0.9f}, own.annotation().getColor().getComponents());

            Map<String, String> stateOf = new HashMap<>();
            for (PDAnnotationText state : states(pdf)) {
                assertTrue(state.isHidden());
                stateOf.put(state.getInReplyTo().getCOSObject().getString(org.apache.pdfbox.cos.COSName.NM),
                        state.getState());
            }
            assertEquals(Map.of("row-total:" + PARTIAL_TOTAL, "Accepted", "row-total:" + NOT_HELD_TOTAL, "Rejected"),
                    stateOf);

            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                item.children().forEach(child -> bookmarks.add(child.getTitle()));
            }
            assertEquals(reviewed.findings().size(), bookmarks.size(), bookmarks.toString());
            assertTrue(bookmarks.stream().anyMatch(b -> b.startsWith("第 " + partial.page() + " 页")), bookmarks.toString());

            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(sourcePages + 1);
            String summary = stripper.getText(pdf);
            assertTrue(summary.contains("审核摘要") && summary.contains("北京市卫生健康委员会")
                    && summary.contains("部分公开") && summary.contains("应为 63"), summary);
            assertWqyEmbedded(pdf.getPage(sourcePages));
        }
        assertArrayEquals(before, Files.readAllBytes(source), "the source file is only read");
    }

    @Test
    void dismissedFindingsCanBeLeftOut() throws IOException {
        ReviewedResult reviewed = reviewed(copy("pdf"));
        try (PDDocument pdf = Loader.loadPDF(export(reviewed, true).toFile())) {
            Map<String, Square> squares = squares(pdf);
            assertFalse(squares.containsKey("row-total:" + NOT_HELD_TOTAL));
            assertTrue(squares.containsKey("row-total:" + PARTIAL_TOTAL));
            assertEquals(reviewed.findings().size() - 1, squares.size());
        }
    }

    @Test
    void aCorrectionIsListedAndItsFindingGone() throws IOException {
        Path source = copy("pdf");
        Review review = Review.empty(source.getFileName().toString(), FileDigest.sha256(source))
                .correct(new Correction(NOT_HELD_TOTAL, "49", new BigDecimal(50), "原件印 50", "王敏",
                        Instant.parse("2026-12-06T09:12:00Z"), null));
        ReviewedResult reviewed = AUDITOR.review(AUDITOR.audit(source), review);
        try (PDDocument pdf = Loader.loadPDF(export(reviewed, false).toFile())) {
            assertFalse(squares(pdf).containsKey("row-total:" + NOT_HELD_TOTAL));
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("原读数 49，更正为 50") && text.contains("原件印 50"), text);
        }
    }

    @Test
    void aWordSourceIsLaidOutWithItsTablesAndTheSameAnnotations() throws IOException {
        ReviewedResult reviewed = reviewed(copy("docx"));
        try (PDDocument pdf = Loader.loadPDF(export(reviewed, false).toFile())) {
            Map<String, Square> squares = squares(pdf);
            assertEquals(reviewed.findings().size(), squares.size());
            Square partial = squares.get("row-total:" + PARTIAL_TOTAL);
            Box marked = displayed(pdf.getPage(partial.page() - 1), partial.annotation());
            String marks = textIn(pdf, partial.page(), marked);
            assertEquals("78", marks.strip(), "the square stands over the laid-out cell holding 78");
            assertTrue(new PDFTextStripper().getText(pdf).contains("本机关不掌握相关政府信息"));
            assertWqyEmbedded(pdf.getPage(0));
        }
    }

    @Test
    void aTargetThatCannotBeWrittenFailsAndLeavesNothing() throws IOException {
        ReviewedResult reviewed = reviewed(copy("pdf"));
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        Path target = blocker.resolve("批注.pdf");
        assertThrows(IOException.class, () -> new AnnotatedPdfExport(Messages.chinese())
                .write(reviewed, target, false, ExportProgress.NONE));
        assertFalse(Files.exists(target));
    }

    private static String textIn(PDDocument pdf, int page, Box box) throws IOException {
        var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
        stripper.addRegion("mark", new java.awt.geom.Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()));
        stripper.extractRegions(pdf.getPage(page - 1));
        return stripper.getTextForRegion("mark");
    }

    /** The annotation's rectangle as the page shows it (top-left origin), through the reader's own mapping. */
    private static Box displayed(PDPage page, PDAnnotation annotation) {
        PageDisplay display = PageDisplay.of(page);
        var r = annotation.getRectangle();
        double[] a = display.userPoint(r.getLowerLeftX(), r.getLowerLeftY());
        double[] b = display.userPoint(r.getUpperRightX(), r.getUpperRightY());
        return Box.ofCorners(a[0], a[1], b[0], b[1]);
    }

    private static void assertWqyEmbedded(PDPage page) throws IOException {
        boolean found = false;
        for (var name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            if (font instanceof PDType0Font cjk && font.getName().endsWith("WenQuanYiMicroHei")) {
                assertTrue(cjk.isEmbedded(), "the CJK font is embedded");
                assertNotNull(cjk.getDescendantFont().getFontDescriptor().getFontFile2());
                found = true;
            }
        }
        assertTrue(found, "the page's text is set in WenQuanYi Micro Hei");
    }
}
