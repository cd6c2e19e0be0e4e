package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Text;

/**
 * PDFs made to exhaust a reader, read by the reader as shipped in the test's own heap: each used to
 * run out of memory or overflow the stack, and is now a problem naming the file and the page.
 */
class PdfHostileFilesTest {
    private static final String HELLO = "BT /F1 12 Tf 72 700 Td (Hello report) Tj ET\n";

    private final PdfDocumentReader reader = new PdfDocumentReader();

    @Test
    void aPageSavingAMillionGraphicsStatesIsNotReadAndTheOtherPagesAre(@TempDir Path dir) throws IOException {
        // each saved state is a copy of the whole graphics state: this page filled 256 MB
        Path file = twoPages(dir.resolve("states.pdf"), (document, page) -> setContent(document, page, "q ".repeat(990_000)));
        RawDocument read = reader.read(file, ReadOptions.DEFAULT);
        assertThat(read.problems()).containsExactly(
                Problem.partial(ProblemKind.TOO_LARGE, Text.of("problem.pageNestedTooDeep", "states.pdf", 2, 1_000)));
        assertThat(read.text()).contains("Hello report");
    }

    @Test
    void aFileWhoseOnlyPageRunsPastABudgetSaysWhichNotDamaged(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one-page.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            setContent(document, page, HELLO + "q ".repeat(2_000));
            document.save(file.toFile());
        }
        assertThat(reader.read(file, ReadOptions.DEFAULT).problems()).containsExactly(
                new Problem(ProblemKind.TOO_LARGE, Text.of("problem.pageNestedTooDeep", "one-page.pdf", 1, 1_000)));
    }

    @Test
    void formsNestedDeeperThanTheLimitLeaveTheirPageUnreadAndSaySo(@TempDir Path dir) throws IOException {
        // PDFBox itself stops at 50 levels without a word: the text inside would be lost silently
        Path file = twoPages(dir.resolve("forms.pdf"), (document, page) -> {
            PDFormXObject inner = form(document, HELLO, null);
            for (int level = 0; level < 40; level++) {
                inner = form(document, "/X Do\n", inner);
            }
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("X"), inner);
            page.setResources(resources);
            setContent(document, page, "/X Do\n");
        });
        RawDocument read = reader.read(file, ReadOptions.DEFAULT);
        assertThat(read.problems()).containsExactly(
                Problem.partial(ProblemKind.TOO_LARGE, Text.of("problem.pageNestedTooDeep", "forms.pdf", 2, 32)));
    }

    @Test
    void aPageTreeNestedAHundredThousandLevelsIsRefusedWithoutOverflowingTheStack(@TempDir Path dir) throws IOException {
        int depth = 100_000;
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int level = 0; level < depth; level++) {
            int self = 2 + level;
            objects.add("<< /Type /Pages /Kids [" + (self + 1) + " 0 R] /Count 1"
                    + (level == 0 ? "" : " /Parent " + (self - 1) + " 0 R") + " >>");
        }
        int page = 2 + depth;
        objects.add("<< /Type /Page /Parent " + (page - 1) + " 0 R /MediaBox [0 0 595 842] /Contents " + (page + 1)
                + " 0 R /Resources << /Font << /F1 " + (page + 2) + " 0 R >> >> >>");
        objects.add("<< /Length " + HELLO.length() + " >>\nstream\n" + HELLO + "\nendstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        Path file = dir.resolve("tree.pdf");
        Files.write(file, pdfBytes(objects));

        RawDocument read = reader.read(file, ReadOptions.DEFAULT);

        assertThat(read.problems()).containsExactly(
                new Problem(ProblemKind.DAMAGED, Text.of("problem.pageTreeTooDeep", "tree.pdf", 64)));
    }

    private interface PageDrawing {
        void draw(PDDocument document, PDPage page) throws IOException;
    }

    /** Writes a document of a page of text and a second page that {@code second} makes. */
    private static Path twoPages(Path file, PageDrawing second) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            document.addPage(first);
            try (PDPageContentStream content = new PDPageContentStream(document, first)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Hello report");
                content.endText();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            second.draw(document, page);
            document.save(file.toFile());
        }
        return file;
    }

    private static void setContent(PDDocument document, PDPage page, String operators) throws IOException {
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(stream);
    }

    /** A form drawing {@code operators}, with {@code inner} as its XObject /X and Helvetica as /F1. */
    private static PDFormXObject form(PDDocument document, String operators, PDFormXObject inner) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(PDRectangle.A4);
        try (OutputStream out = form.getContentStream().createOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        if (inner != null) {
            resources.put(COSName.getPDFName("X"), inner);
        }
        form.setResources(resources);
        return form;
    }

    /** A PDF of the given objects, numbered from 1, the first being the catalog, with its cross-reference table. */
    private static byte[] pdfBytes(List<String> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder xref = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            xref.append(String.format("%010d 00000 n \n", out.size()));
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int start = out.size();
        write(out, xref + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + start
                + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
