package org.reportauditor.check.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.text.PlainTextReader;
import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.TableRow;
import org.reportauditor.template.ReportRecognizer;
import org.reportauditor.template.Template;

/**
 * Takes a consistent report and changes numbers of its 三 table: whichever cell is changed, the
 * localisation names exactly that cell, with the original value as the expected one.
 */
class LocalisationMutationTest {
    private final ArithmeticCheck check = new ArithmeticCheck(List.of(new RowTotalRule(), new ResultsTotalRule(),
            new BalanceRule(), new ReviewsTotalRule()));

    /** Both template versions: Wenzhou 2020 (2019 version) and Yanshi 2024 (2021 version), both consistent. */
    static Stream<String> consistentReports() {
        return Stream.of("002_9d21c23fe3a15276.txt", "004_32ee79c535f7b1d7.txt");
    }

    @ParameterizedTest
    @MethodSource("consistentReports")
    void theConsistentReportHasNoArithmeticFinding(String name) throws Exception {
        assertThat(check.check(read(name))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("consistentReports")
    void everyChangedCellIsNamedWithItsPrintedValue(String name) throws Exception {
        Report report = read(name);
        List<Cell> cells = applicationCells(report);
        assertThat(cells).hasSizeGreaterThan(150);
        for (Cell cell : cells) {
            BigDecimal changed = cell.value().add(BigDecimal.valueOf(7));
            List<Finding> findings = check.check(withValues(report, Map.of(cell.address(), changed)));
            assertThat(findings).as("findings after changing %s", cell.address()).hasSize(1);
            Finding f = findings.get(0);
            assertThat(f.suspects()).containsExactly(cell.address());
            assertThat(f.expected()).isEqualByComparingTo(cell.value());
            assertThat(f.actual()).isEqualByComparingTo(changed);
            assertThat(f.alternatives()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("consistentReports")
    void twoChangesInDifferentRowsAndColumnsAreBothNamed(String name) throws Exception {
        Report report = read(name);
        List<Cell> cells = applicationCells(report);
        Random random = new Random(20201231L);
        int pairs = 0;
        while (pairs < 300) {
            Cell a = cells.get(random.nextInt(cells.size()));
            Cell b = cells.get(random.nextInt(cells.size()));
            if (a.address().row().equals(b.address().row()) || a.address().column().equals(b.address().column())) {
                continue;
            }
            pairs++;
            // different amounts: with equal ones, the two cells at the other corners would fix the table too
            BigDecimal changedA = a.value().add(BigDecimal.valueOf(3));
            BigDecimal changedB = b.value().add(BigDecimal.valueOf(11));
            List<Finding> findings = check.check(withValues(report,
                    Map.of(a.address(), changedA, b.address(), changedB)));
            assertThat(findings).as("findings after changing %s and %s", a.address(), b.address()).hasSize(2);
            assertThat(findings).extracting(f -> f.suspects().get(0))
                    .containsExactlyInAnyOrder(a.address(), b.address());
            for (Finding f : findings) {
                Cell original = f.suspects().get(0).equals(a.address()) ? a : b;
                assertThat(f.expected()).isEqualByComparingTo(original.value());
            }
        }
    }

    private static List<Cell> applicationCells(Report report) {
        ReportTable table = report.table(Template.APPLICATIONS).orElseThrow();
        List<Cell> cells = new ArrayList<>();
        table.rows().forEach(r -> cells.addAll(r.cells()));
        return cells;
    }

    private static Report withValues(Report report, Map<CellAddress, BigDecimal> changes) {
        List<ReportTable> tables = new ArrayList<>();
        for (ReportTable t : report.tables()) {
            List<TableRow> rows = new ArrayList<>();
            for (TableRow r : t.rows()) {
                List<Cell> cells = r.cells().stream().map(c -> changes.containsKey(c.address())
                        ? new Cell(c.address(), changes.get(c.address()).toPlainString(), changes.get(c.address()),
                        c.reading(), c.source())
                        : c).toList();
                rows.add(new TableRow(r.id(), r.label(), r.source(), cells));
            }
            tables.add(new ReportTable(t.id(), t.version(), rows, t.confidence()));
        }
        return report.withTables(tables);
    }

    private static Report read(String name) throws URISyntaxException {
        Path file = Path.of(LocalisationMutationTest.class.getResource("/reports/seeds/" + name).toURI());
        RawDocument raw = new DocumentReaders(Map.of(DocumentKind.TEXT, new PlainTextReader())).read(file);
        return new ReportRecognizer().recognize(raw, name);
    }
}
