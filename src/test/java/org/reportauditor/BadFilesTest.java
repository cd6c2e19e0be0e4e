package org.reportauditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.audit.Auditor;
import org.reportauditor.i18n.Messages;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.model.ProblemKind;

/**
 * Files that must be refused cleanly, through the whole audit: each gets the problem its README
 * describes, with a message naming the file, and no finding.
 */
class BadFilesTest {
    private static final Auditor AUDITOR = Main.auditor();
    /** A guard against an audit that never ends, not a measure of speed: the readers bound their work. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "scanned-image-only.pdf, SCANNED",
        "encrypted-password.pdf, ENCRYPTED",
        "truncated.pdf, DAMAGED",
        "random-bytes.pdf, DAMAGED",
        "fake.docx, DAMAGED",
        "zero-bytes.docx, EMPTY",
        "empty.txt, EMPTY",
        "not-an-annual-report.pdf, NOT_ANNUAL_REPORT",
    })
    void aBadFileGetsItsProblem(String name, ProblemKind kind) throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/reports/bad/" + name).toURI());
        AuditResult result = assertTimeoutPreemptively(HANG_GUARD, () -> AUDITOR.audit(file));
        assertThat(result.report().problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(kind);
            assertThat(Messages.chinese().format(p.message())).contains(name);
            assertThat(Messages.english().format(p.message())).contains(name);
        });
        assertThat(result.findings()).isEmpty();
        assertThat(result.unreadable()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"encrypted-password.pdf"})
    void thePasswordOpensTheEncryptedReport(String name) throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/reports/bad/" + name).toURI());
        AuditResult result = AUDITOR.audit(file, name, ReadOptions.withPassword("secret"));
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.report().agency()).isEqualTo("偃师区卫生健康委员会");
        assertThat(result.report().cells()).hasSizeGreaterThan(190);
    }
}
