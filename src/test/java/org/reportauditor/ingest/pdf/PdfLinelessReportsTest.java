package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.TableBlock;

/**
 * Reads the report PDFs whose tables are printed without ruling lines (see the README beside them)
 * and compares what the reader rebuilds with the reports' answer keys.
 */
class PdfLinelessReportsTest {

    static List<Path> reports() throws IOException {
        return ReportFixtures.pdfsIn("lineless");
    }

    /** The key of a fixture: its report's, by the stem of its name. */
    private static Path keyed(Path pdf) {
        return pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("\\..*$", ".pdf"));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyNumberOfTheKeyIsInATableRebuiltFromTheAlignmentOfItsText(Path pdf) throws IOException {
        RawDocument document = ReportFixtures.read(pdf);
        assertThat(document.tables()).isNotEmpty().allSatisfy(t -> assertThat(t.confidence()).isLessThan(1.0));
        assertThat(ReportFixtures.tableNumbers(document)).isEqualTo(ReportFixtures.keyNumbers(keyed(pdf)));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void rowsBesideOneGroupLabelAreNotStackedEachHasItsOwnSevenNumbersAfterItsLabel(Path pdf) {
        RawDocument document = ReportFixtures.read(pdf);
        for (String label : List.of("（一）予以公开", "（二）部分公开", "1.属于国家秘密", "2.重复申请")) {
            List<String> after = cellsAfter(document, label);
            // a row stacked on another shows its numbers as "42\n62"; a label's last words may stand apart
            assertThat(after).as(label).filteredOn(text -> text.matches("(?s).*\\d.*"))
                    .hasSize(7).allSatisfy(text -> assertThat(ReportFixtures.plainNumber(text)).isNotNull());
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void theApplicationTableIsOneTableAcrossItsPageBreaksAndTheHeadingsAroundItAreParagraphs(Path pdf) {
        RawDocument document = ReportFixtures.read(pdf);
        List<TableBlock> applicationTables = ReportFixtures.applicationTables(document);
        assertThat(applicationTables).hasSize(1);
        assertThat(ReportFixtures.compactCellTexts(applicationTables.get(0)))
                .contains("一、本年新收政府信息公开申请数量", "（七）总计", "四、结转下年度继续办理")
                .noneMatch(text -> text.contains("收到和处理政府信息公开申请情况") || text.contains("行政复议、行政诉讼情况"));
        assertThat(document.textBlocks()).map(t -> ReportFixtures.compact(t.text()))
                .contains("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
    }

    /** The texts of the cells after the first cell starting with {@code label}, in its row. */
    private static List<String> cellsAfter(RawDocument document, String label) {
        List<RawCell> row = document.tables().stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.stream().anyMatch(c -> ReportFixtures.compact(c.text()).startsWith(label)))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + label));
        int at = 0;
        while (!ReportFixtures.compact(row.get(at).text()).startsWith(label)) {
            at++;
        }
        return row.subList(at + 1, row.size()).stream().map(RawCell::text).toList();
    }
}
