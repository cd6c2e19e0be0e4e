package org.reportauditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Severity;

/**
 * A report whose agency left its zeros blank: blanks are told (once per table, not once per row),
 * never taken for 0, and never make an arithmetic error of their own.
 */
class BlankZerosReportTest {

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
}
