package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.model.SourceLocation;

/** Reads every corpus and real report PDF and compares the tables with the report's answer key. */
class PdfReportFixturesTest {
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-－—]\\s*\\d+\\s*[-－—]|第\\s*\\d+\\s*页");
    static List<Path> reports() throws IOException {
        return ReportFixtures.reportPdfs();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void tableNumbersAreTheKeysCells(Path pdf) throws IOException {
        assertThat(ReportFixtures.tableNumbers(ReportFixtures.read(pdf))).isEqualTo(ReportFixtures.keyNumbers(pdf));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyTableIsRebuiltFromItsRulingLines(Path pdf) {
        assertThat(ReportFixtures.read(pdf).tables()).isNotEmpty().allSatisfy(t -> assertThat(t.confidence()).isEqualTo(1.0));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void templateLabelsAreCells(Path pdf) {
        List<String> cells = ReportFixtures.cells(ReportFixtures.read(pdf)).stream().map(c -> ReportFixtures.compact(c.text()))
                .toList();
        assertThat(cells).contains("三、本年度办理结果", "结果维持", "（一）予以公开", "一、本年新收政府信息公开申请数量",
                "1.属于国家秘密", "行政复议", "未经复议直接起诉");
        assertThat(cells).filteredOn("结果维持"::equals).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void partlyDisclosedRowHasItsSevenNumbersAfterItsLabel(Path pdf) {
        RawDocument document = ReportFixtures.read(pdf);
        Optional<List<RawCell>> row = document.tables().stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.stream().anyMatch(c -> ReportFixtures.compact(c.text()).startsWith("（二）部分公开")))
                .findFirst();
        assertThat(row).isPresent();
        List<RawCell> cells = row.get();
        int label = cells.stream().map(c -> ReportFixtures.compact(c.text())).toList().indexOf(
                cells.stream().map(c -> ReportFixtures.compact(c.text())).filter(t -> t.startsWith("（二）部分公开"))
                        .findFirst().orElseThrow());
        List<RawCell> after = cells.subList(label + 1, cells.size());
        assertThat(after).hasSize(7).allSatisfy(c -> assertThat(ReportFixtures.plainNumber(c.text())).isNotNull());
        assertThat(after).extracting(RawCell::col).isSorted();
        // the total column closes the row: it is at least each of the six counts before it
        long total = Long.parseLong(ReportFixtures.plainNumber(after.get(6).text()));
        assertThat(after.subList(0, 6)).allSatisfy(c ->
                assertThat(Long.parseLong(ReportFixtures.plainNumber(c.text()))).isLessThanOrEqualTo(total));
    }

    /** The reports whose application table runs over a page break (seen on their pages). */
    static List<Path> reportsWithTableOverPageBreak() {
        return List.of("corpus/000_e778331bfbf8b1ad.pdf", "corpus/002_9d21c23fe3a15276.pdf",
                "corpus/003_4fb9745642b3cd23.pdf", "real/hongze_2023.pdf", "real/hongze_2024.pdf",
                "real/huaian_2024.pdf").stream().map(ReportFixtures.REPORTS::resolve).toList();
    }

    @ParameterizedTest
    @MethodSource("reportsWithTableOverPageBreak")
    void applicationTableContinuedOverThePageBreakIsOneTable(Path pdf) {
        RawDocument document = ReportFixtures.read(pdf);
        List<TableBlock> applicationTables = ReportFixtures.applicationTables(document);
        assertThat(applicationTables).hasSize(1);
        List<String> texts = ReportFixtures.compactCellTexts(applicationTables.get(0));
        assertThat(texts).contains("一、本年新收政府信息公开申请数量", "（一）予以公开", "8.属于行政查询事项");
        assertThat(texts).anyMatch(t -> t.contains("其他处理"));
        List<Integer> pages = applicationTables.get(0).rows().stream().flatMap(List::stream)
                .map(c -> ((SourceLocation.PageRegion) c.source()).page()).distinct().toList();
        assertThat(pages).as("pages of the cells").hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void noCellOrParagraphHoldsAPageNumber(Path pdf) {
        RawDocument document = ReportFixtures.read(pdf);
        assertThat(ReportFixtures.cells(document)).noneMatch(c -> PAGE_NUMBER.matcher(c.text()).find());
        assertThat(document.textBlocks()).map(TextBlock::text)
                .noneMatch(t -> PAGE_NUMBER.matcher(t).find())
                .noneMatch(t -> t.strip().matches("\\d{1,3}"));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void sectionHeadingBeforeTheApplicationTableIsItsOwnParagraph(Path pdf) {
        RawDocument document = ReportFixtures.read(pdf);
        int heading = -1;
        for (int i = 0; i < document.blocks().size(); i++) {
            if (document.blocks().get(i) instanceof TextBlock text
                    && ReportFixtures.compact(text.text()).equals("三、收到和处理政府信息公开申请情况")) {
                heading = i;
            }
        }
        assertThat(heading).as("heading paragraph").isNotNegative();
        TableBlock next = document.blocks().subList(heading, document.blocks().size()).stream()
                .filter(TableBlock.class::isInstance).map(TableBlock.class::cast).findFirst().orElseThrow();
        assertThat(ReportFixtures.compactCellTexts(next)).contains("一、本年新收政府信息公开申请数量");
    }

    @Test
    void preparingTheLibraryChangesNothingARead() {
        Path pdf = ReportFixtures.REPORTS.resolve("corpus/003_4fb9745642b3cd23.pdf");
        RawDocument before = new PdfDocumentReader().read(pdf, ReadOptions.DEFAULT);
        PdfDocumentReader.prepareLibrary();
        PdfDocumentReader.prepareLibrary();
        RawDocument after = new PdfDocumentReader().read(pdf, ReadOptions.DEFAULT);
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(after.blocks()).hasSameSizeAs(before.blocks());
        assertThat(after.problems()).isEmpty();
    }

    @Test
    void aParagraphGoingOnOverAPageBreakIsOneParagraphWithLinesOnBothPages() {
        RawDocument document = ReportFixtures.read(ReportFixtures.REPORTS.resolve("real/huaian_2024.pdf"));
        TextBlock paragraph = document.textBlocks().stream()
                .filter(t -> t.text().contains("还有一些需要加强和改进的地方。主要表现在")).findFirst().orElseThrow();
        assertThat(paragraph.paragraph().pieces()).extracting(p -> ((SourceLocation.PageRegion) p.source()).page())
                .contains(5, 6);
        assertThat(paragraph.paragraph().source()).isEqualTo(paragraph.paragraph().pieces().get(0).source());
    }

    @Test
    void everyParagraphSaysWhereEachOfItsLinesStands() throws IOException {
        for (Path pdf : reports()) {
            for (TextBlock block : ReportFixtures.read(pdf).textBlocks()) {
                assertThat(block.paragraph().source())
                        .isInstanceOf(SourceLocation.PageRegion.class);
                assertThat(block.paragraph().pieces()).isNotEmpty();
                assertThat(block.paragraph().pieces().get(block.paragraph().pieces().size() - 1).end())
                        .isEqualTo(block.text().length());
            }
        }
    }
}
