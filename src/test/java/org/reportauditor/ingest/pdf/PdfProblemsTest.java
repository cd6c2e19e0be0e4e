package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Text;

/** Files that cannot be read (in full) come back as problems that name the file. */
class PdfProblemsTest {
    private final PdfDocumentReader reader = new PdfDocumentReader();

    private static Problem onlyProblem(RawDocument document) {
        assertThat(document.problems()).hasSize(1);
        assertThat(document.blocks()).isEmpty();
        return document.problems().get(0);
    }

    @Test
    void passwordProtectedFileAsksForThePassword() {
        Problem problem = onlyProblem(reader.read(ReportFixtures.BAD.resolve("encrypted-password.pdf"), ReadOptions.DEFAULT));
        assertThat(problem.kind()).isEqualTo(ProblemKind.ENCRYPTED);
        assertThat(problem.message()).isEqualTo(Text.of("problem.encrypted", "encrypted-password.pdf"));
    }

    @Test
    void wrongPasswordIsSaid() {
        Problem problem = onlyProblem(reader.read(ReportFixtures.BAD.resolve("encrypted-password.pdf"),
                ReadOptions.withPassword("not-it")));
        assertThat(problem.kind()).isEqualTo(ProblemKind.ENCRYPTED);
        assertThat(problem.message()).isEqualTo(Text.of("problem.wrongPassword", "encrypted-password.pdf"));
    }

    @Test
    void withThePasswordTheEncryptedReportReadsLikeTheOriginal() throws IOException {
        Path encrypted = ReportFixtures.BAD.resolve("encrypted-password.pdf");
        RawDocument document = reader.read(encrypted, ReadOptions.withPassword("secret"));
        assertThat(document.problems()).isEmpty();
        // the encrypted file is report 004
        Path original = ReportFixtures.REPORTS.resolve("corpus/004_32ee79c535f7b1d7.pdf");
        assertThat(ReportFixtures.tableNumbers(document)).isEqualTo(ReportFixtures.keyNumbers(original));
    }

    @Test
    void truncatedFileIsDamagedOrReadAsFarAsItGoes() {
        RawDocument document = reader.read(ReportFixtures.BAD.resolve("truncated.pdf"), ReadOptions.DEFAULT);
        if (!document.problems().isEmpty()) {
            assertThat(onlyProblem(document).kind()).isEqualTo(ProblemKind.DAMAGED);
            assertThat(onlyProblem(document).message()).isEqualTo(Text.of("problem.damaged", "truncated.pdf", "PDF"));
        } else {
            assertThat(document.blocks()).isNotEmpty();
        }
    }

    @Test
    void randomBytesAreDamaged() {
        Problem problem = onlyProblem(reader.read(ReportFixtures.BAD.resolve("random-bytes.pdf"), ReadOptions.DEFAULT));
        assertThat(problem.kind()).isEqualTo(ProblemKind.DAMAGED);
        assertThat(problem.message()).isEqualTo(Text.of("problem.damaged", "random-bytes.pdf", "PDF"));
    }

    @Test
    void pageImagesWithoutTextAreAScan() {
        Problem problem = onlyProblem(reader.read(ReportFixtures.BAD.resolve("scanned-image-only.pdf"), ReadOptions.DEFAULT));
        assertThat(problem.kind()).isEqualTo(ProblemKind.SCANNED);
        assertThat(problem.message()).isEqualTo(Text.of("problem.scanned", "scanned-image-only.pdf"));
    }

    @Test
    void documentWithoutTemplateTablesStillReads() {
        RawDocument document = reader.read(ReportFixtures.BAD.resolve("not-an-annual-report.pdf"), ReadOptions.DEFAULT);
        assertThat(document.problems()).isEmpty();
        assertThat(document.textBlocks()).isNotEmpty();
    }

    @Test
    void readingStopsAfterAPageOnceTheGlyphBudgetIsSpentAndSaysSo() {
        RawDocument document = new PdfDocumentReader(1000, 1)
                .read(ReportFixtures.REPORTS.resolve("corpus/003_4fb9745642b3cd23.pdf"), ReadOptions.DEFAULT);
        assertThat(document.problems()).extracting(Problem::kind).containsExactly(ProblemKind.TOO_LARGE);
        assertThat(document.problems().get(0).message())
                .isEqualTo(Text.of("problem.tooLarge", "003_4fb9745642b3cd23.pdf", 4, 1));
    }

    @Test
    void fontsWithoutUnicodeMapGiveUnreadableText(@TempDir Path dir) throws IOException {
        Path garbled = dir.resolve("garbled.pdf");
        try (PDDocument document = Loader.loadPDF(ReportFixtures.REPORTS.resolve("corpus/004_32ee79c535f7b1d7.pdf").toFile())) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    resources.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
            document.save(garbled.toFile());
        }
        Problem problem = onlyProblem(reader.read(garbled, ReadOptions.DEFAULT));
        assertThat(problem.kind()).isEqualTo(ProblemKind.UNREADABLE_TEXT);
        assertThat(problem.message()).isEqualTo(Text.of("problem.unreadableText", "garbled.pdf"));
    }

    @Test
    void longDocumentIsReadUpToTheLimitAndSaysSo() {
        RawDocument document = new PdfDocumentReader(2, Long.MAX_VALUE)
                .read(ReportFixtures.REPORTS.resolve("corpus/003_4fb9745642b3cd23.pdf"), ReadOptions.DEFAULT);
        assertThat(document.problems()).extracting(Problem::kind).containsExactly(ProblemKind.TOO_LARGE);
        assertThat(document.problems().get(0).partial()).as("the pages read are audited").isTrue();
        assertThat(document.problems().get(0).message())
                .isEqualTo(Text.of("problem.tooLarge", "003_4fb9745642b3cd23.pdf", 4, 2));
        assertThat(document.blocks()).isNotEmpty();
    }
}
