package org.reportauditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.Auditor;
import org.reportauditor.testing.ReportFiles;

/**
 * The whole audit, as wired for the user, of every fixture report against its answer key: the
 * cells an exact reader gets, exactly the errors an auditor expects, every expected warning.
 */
class AnswerKeyTest {
    private static final Auditor AUDITOR = Main.auditor();

    static Stream<Path> seeds() {
        return ReportFiles.in("seeds", ".txt").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    @DisplayName("plain-text seed reports give their answer keys")
    void seedReportGivesItsKey(Path file) throws IOException {
        assertMatchesKey(file);
    }

    static Stream<Path> corpus() {
        return ReportFiles.in("corpus", ".pdf", ".docx", ".doc", ".html").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("the same reports as PDF, Word and HTML files give the same keys: the kind of file never changes the audit")
    void corpusFileGivesItsKey(Path file) throws IOException {
        assertReadWithConfidence(assertMatchesKey(file));
    }

    static Stream<Path> real() {
        return ReportFiles.in("real", ".pdf").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("real")
    @DisplayName("PDFs as agencies published them (WPS) give their keys")
    void realReportGivesItsKey(Path file) throws IOException {
        assertReadWithConfidence(assertMatchesKey(file));
    }

    static Stream<Path> lineless() {
        return ReportFiles.in("lineless", ".pdf").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineless")
    @DisplayName("PDFs of the reports with their tables printed without ruling lines give the same keys")
    void linelessPdfGivesItsKey(Path file) throws IOException {
        assertMatchesKey(file);
    }

    static Stream<Path> layout() {
        return ReportFiles.in("layout", ".txt").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layout")
    @DisplayName("text saved from the PDFs with pdftotext -layout gives the cells and errors of their keys")
    void layoutTextGivesItsKey(Path file) throws IOException {
        AuditResult result = AUDITOR.audit(file);
        assertThat(AnswerKey.of(file).differences(result, false)).as("differences from the key of %s", file.getFileName())
                .isEmpty();
    }

    /** Returns the audit, for further assertions on it. */
    static AuditResult assertMatchesKey(Path file) throws IOException {
        AuditResult result = AUDITOR.audit(file);
        List<String> differences = AnswerKey.of(file).differences(result);
        assertThat(differences).as("differences from the answer key of %s", file.getFileName()).isEmpty();
        return result;
    }

    /** Tables drawn as grids are read as they stand: none is marked for a human look. */
    static void assertReadWithConfidence(AuditResult result) {
        assertThat(result.report().tables()).as("tables of %s", result.report().file()).hasSize(3)
                .allSatisfy(table -> assertThat(table.confidence()).as(table.id()).isGreaterThanOrEqualTo(0.9));
    }
}
