package org.reportauditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Severity;

/**
 * Reports made for tests in the ways real web pages are made (see reports/made/README.md): one whose
 * agency left its zeros blank, one that names the report only in the page's title.
 */
class MadeReportsTest {

    /** Blanks are told once per table, never taken for 0, and never make an arithmetic error of their own. */
    @Test
    void blanksAreToldOncePerTableAndTheSumsStillHold() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/reports/made/blank-zeros-2019.html").toURI());
        AuditResult result = Main.auditor().audit(file);
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("blank-cell")).hasSize(2)
                .anySatisfy(f -> assertThat(f.cells()).hasSize(126));
        Finding yuan = result.findings().stream().filter(f -> f.rule().equals("non-numeric")).findFirst().orElseThrow();
        assertThat(result.report().cell(yuan.cells().get(0)).orElseThrow().value()).isEqualByComparingTo("25.1");
        assertThat(result.report().cell(org.reportauditor.model.CellAddress.parse("applications/disclosed/total")))
                .hasValueSatisfying(c -> assertThat(c.value()).isNull());
    }

    @Test
    void aTitleOnlyInThePageHeadStillNamesTheAgencyAndYear() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/reports/made/title-in-head-2025.html").toURI());
        AuditResult result = Main.auditor().audit(file);
        assertThat(result.report().agency()).isEqualTo("示例市");
        assertThat(result.report().year()).isEqualTo(2025);
        assertThat(result.report().sections()).hasSize(6);
        assertThat(result.report().cells()).hasSize(200);
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(result.findings()).extracting(Finding::rule).containsExactly("section-title");
    }
}
