package org.reportauditor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportauditor.Main;
import org.reportauditor.check.AuditEngine;
import org.reportauditor.check.RuleRegistry;
import org.reportauditor.check.structure.MissingSectionRule;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.text.PlainTextReader;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.model.Text;
import org.reportauditor.template.ReportRecognizer;
import org.reportauditor.testing.ReportBuilder;

/** What the tool could not read is never blamed on the agency; a check that fails costs only its own findings. */
class PartialReadTest {
    private static final Auditor AUDITOR = Main.auditor();
    private static final List<String> STRUCTURE = List.of("missing-section", "missing-table", "missing-row",
            "blank-cell", "section-numbering", "section-title", "narrative-mismatch");

    @TempDir
    Path dir;

    /** The Beijing report with its third page made unreadable: more drawing operators than any page runs. */
    private Path withAThirdPageOverItsBudget() throws IOException {
        Path damaged = dir.resolve("北京2020-第3页损坏.pdf");
        try (InputStream in = PartialReadTest.class.getResourceAsStream("/reports/corpus/003_4fb9745642b3cd23.pdf");
             PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            PDPage third = pdf.getPage(2);
            PDStream flood = new PDStream(pdf);
            try (OutputStream out = flood.createOutputStream()) {
                byte[] move = "0 0 m\n".getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 1_100_000; i++) {
                    out.write(move);
                }
            }
            third.setContents(flood);
            pdf.save(damaged.toFile());
        }
        return damaged;
    }

    @Test
    void aPageNotReadIsAPartialProblemAndItsGapsAreNoFindings() throws IOException {
        Path file = withAThirdPageOverItsBudget();
        AuditResult intact = AUDITOR.audit(copyIntact());
        AuditResult result = AUDITOR.audit(file);

        // the page is not read, and the problem says which budget it ran past
        assertThat(result.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(p.partial()).isTrue();
            assertThat(p.message()).isEqualTo(
                    Text.of("problem.pageTooManyOperators", file.getFileName().toString(), 3, 1_000_000));
        });
        // what was read is still checked: the 78 of page 2
        assertThat(result.findings()).extracting(Finding::id)
                .contains("row-total:applications/partially_disclosed/total");
        assertThat(result.findings()).extracting(Finding::rule).doesNotContainAnyElementsOf(STRUCTURE);
        // the intact report's skipped heading number is withheld with the rest: one hint says so
        assertThat(intact.findings()).extracting(Finding::rule).contains("section-numbering")
                .doesNotContain("unread-part");
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("unread-part")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aTextReportLargerThanTheReaderTakesIsAuditedAsFarAsItWasRead() throws IOException {
        Path file = dir.resolve("北京2020.txt");
        try (InputStream in = PartialReadTest.class.getResourceAsStream("/reports/seeds/003_4fb9745642b3cd23.txt")) {
            Files.copy(in, file);
        }
        // a reader that takes only the first 60 % of the file: sections five and six are past it
        long limit = Files.size(file) * 6 / 10;
        Auditor limited = new Auditor(new DocumentReaders(Map.of(DocumentKind.TEXT, new PlainTextReader(limit))),
                new ReportRecognizer(), new AuditEngine(RuleRegistry.rules(), RuleRegistry.acrossRules()));
        AuditResult result = limited.audit(file);

        assertThat(result.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(p.partial()).isTrue();
        });
        assertThat(result.report().tables()).as("the tables before the limit are read").isNotEmpty();
        assertThat(AUDITOR.audit(file).findings()).extracting(Finding::rule).doesNotContain("missing-section");
        assertThat(result.findings()).extracting(Finding::rule).doesNotContainAnyElementsOf(STRUCTURE)
                .contains("unread-part");
    }

    private Path copyIntact() throws IOException {
        Path intact = dir.resolve("北京2020.pdf");
        try (InputStream in = PartialReadTest.class.getResourceAsStream("/reports/corpus/003_4fb9745642b3cd23.pdf")) {
            Files.copy(in, intact);
        }
        return intact;
    }

    @Test
    void aRuleThatFailsIsAProblemAndTheOthersFindingsAreKept() {
        Report report = ReportBuilder.report(2020, TemplateVersion.V2019).agency("某市某局")
                .applicationsFilledWith("0").build();
        List<Finding> alone = new AuditEngine(List.of(new MissingSectionRule())).check(report).findings();
        assertThat(alone).isNotEmpty();

        AuditEngine.Checked checked = new AuditEngine(List.of(r -> {
            throw new IllegalStateException("a bug");
        }, new MissingSectionRule())).check(report);

        assertThat(checked.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.CHECK_FAILED);
            assertThat(p.partial()).isTrue();
        });
        // a failed check explains no gap of the file: the missing sections are still reported
        assertThat(checked.findings()).isEqualTo(alone);
    }

    @Test
    void aFatalProblemStopsTheChecks() {
        Report report = ReportBuilder.report(2020, TemplateVersion.V2019).build()
                .withProblems(List.of(new Problem(ProblemKind.NOT_ANNUAL_REPORT, Text.of("problem.notAnnualReport", "x"))));
        assertThat(new AuditEngine(RuleRegistry.rules()).check(report).findings()).isEmpty();
    }
}
