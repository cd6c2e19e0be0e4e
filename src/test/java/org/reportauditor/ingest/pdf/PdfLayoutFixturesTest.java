package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.model.Box;
import org.reportauditor.model.SourceLocation;

/** Layouts the report corpus lacks, made with LibreOffice (see the README beside the fixtures). */
class PdfLayoutFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/ingest/pdf");
    private final PdfDocumentReader reader = new PdfDocumentReader();

    private RawDocument read(String name) {
        RawDocument document = reader.read(FIXTURES.resolve(name), ReadOptions.DEFAULT);
        assertThat(document.problems()).isEmpty();
        return document;
    }

    private static List<List<String>> texts(TableBlock table) {
        return table.rows().stream().map(row -> row.stream().map(c -> ReportFixtures.compact(c.text())).toList())
                .toList();
    }

    private static Box box(RawCell cell) {
        return ((SourceLocation.PageRegion) cell.source()).box();
    }

    @Test
    void tableWithoutRulingLinesIsRebuiltFromTheAlignmentOfItsText() {
        RawDocument document = read("lineless-table.pdf");
        assertThat(document.tables()).hasSize(1);
        TableBlock table = document.tables().get(0);
        assertThat(table.confidence()).isLessThan(1.0);
        assertThat(texts(table)).containsExactly(
                List.of("项目", "自然人", "商业企业", "科研机构", "总计"),
                List.of("一、本年新收申请数量", "12", "3", "0", "15"),
                List.of("二、上年结转申请数量", "2", "0", "1", "3"),
                List.of("（一）予以公开", "7", "", "0", "7"),
                List.of("（二）部分公开", "4", "2", "0", "6"),
                List.of("（三）不予公开", "1", "0", "1", "2"),
                List.of("四、结转下年度继续办理", "2", "1", "0", "3"));
        assertThat(table.rows().get(3)).extracting(RawCell::col).containsExactly(0, 1, 2, 3, 4);
        // the blank cell stands in its column, between its neighbours
        RawCell blank = table.rows().get(3).get(2);
        assertThat(box(blank).x()).isGreaterThan(box(table.rows().get(3).get(1)).right() - 1);
        assertThat(box(blank).right()).isLessThan(box(table.rows().get(3).get(3)).x() + 1);
    }

    @Test
    void headingsAndProseAroundALinelessTableStayParagraphs() {
        RawDocument document = read("lineless-table.pdf");
        assertThat(document.blocks().get(0)).isInstanceOf(TextBlock.class);
        assertThat(((TextBlock) document.blocks().get(0)).text()).isEqualTo("一、收到和处理政府信息公开申请情况");
        assertThat(document.blocks().get(2)).isInstanceOf(TableBlock.class);
        assertThat(document.textBlocks()).map(TextBlock::text)
                .contains("二、存在的主要问题及改进情况")
                .anyMatch(t -> t.startsWith("本报告依据") && t.contains("2024年1月1日起至2024年12月31日止")
                        && t.endsWith("主动回应社会关切。"));
    }

    @Test
    void landscapePageKeepsItsWidth() {
        RawDocument document = read("landscape-table.pdf");
        TableBlock table = document.tables().get(0);
        assertThat(texts(table).get(0)).containsExactly("行政复议", "未经复议直接起诉", "复议后起诉");
        assertThat(texts(table).get(2)).containsExactly(
                "3", "1", "0", "2", "6", "4", "0", "1", "0", "5", "2", "2", "0", "1", "5");
        List<RawCell> numbers = table.rows().get(2);
        // the table runs across a landscape page, wider than a portrait one
        assertThat(box(numbers.get(numbers.size() - 1)).right()).isGreaterThan(700).isLessThan(842);
        assertThat(box(numbers.get(0)).bottom()).isLessThan(595);
    }

    @ParameterizedTest
    @CsvSource({"lineless-table.pdf, 90", "lineless-table.pdf, 180", "lineless-table.pdf, 270",
        "repeated-header.pdf, 90", "repeated-header.pdf, 270"})
    void rotatedPagesReadLikeTheUnrotatedOnesWithBoxesTurnedAsDisplayed(String fixture, int rotation,
            @TempDir Path dir) throws IOException {
        Path rotated = dir.resolve("rotated.pdf");
        float width;
        float height;
        try (PDDocument document = Loader.loadPDF(FIXTURES.resolve(fixture).toFile())) {
            width = document.getPage(0).getCropBox().getWidth();
            height = document.getPage(0).getCropBox().getHeight();
            for (PDPage page : document.getPages()) {
                page.setRotation(rotation);
            }
            document.save(rotated.toFile());
        }
        RawDocument upright = read(fixture);
        RawDocument turned = reader.read(rotated, ReadOptions.DEFAULT);
        assertThat(turned.problems()).isEmpty();
        assertThat(turned.textBlocks()).map(TextBlock::text)
                .isEqualTo(upright.textBlocks().stream().map(TextBlock::text).toList());
        List<RawCell> uprightCells = ReportFixtures.cells(upright);
        List<RawCell> turnedCells = ReportFixtures.cells(turned);
        assertThat(turnedCells).extracting(RawCell::text).isEqualTo(uprightCells.stream().map(RawCell::text).toList());
        for (int i = 0; i < uprightCells.size(); i++) {
            Box expected = turn(box(uprightCells.get(i)), rotation, width, height);
            Box actual = box(turnedCells.get(i));
            assertThat(actual.x()).isCloseTo(expected.x(), within(0.5));
            assertThat(actual.y()).isCloseTo(expected.y(), within(0.5));
            assertThat(actual.width()).isCloseTo(expected.width(), within(0.5));
            assertThat(actual.height()).isCloseTo(expected.height(), within(0.5));
        }
    }

    /** A box of a page as the page shows it turned clockwise by {@code rotation} degrees. */
    private static Box turn(Box box, int rotation, double width, double height) {
        return switch (rotation) {
            case 90 -> new Box(height - box.bottom(), box.x(), box.height(), box.width());
            case 180 -> new Box(width - box.right(), height - box.bottom(), box.width(), box.height());
            case 270 -> new Box(box.y(), width - box.right(), box.height(), box.width());
            default -> box;
        };
    }

    @Test
    void tableOverTwoPagesWithARepeatedHeaderIsOneTableWithOneHeader() {
        RawDocument document = read("repeated-header.pdf");
        assertThat(document.tables()).hasSize(1);
        TableBlock table = document.tables().get(0);
        List<List<String>> rows = texts(table);
        assertThat(rows).hasSize(61);
        assertThat(rows.get(0)).containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
        assertThat(rows).filteredOn(row -> row.contains("信息内容")).hasSize(1);
        for (int i = 1; i <= 60; i++) {
            assertThat(rows.get(i)).containsExactly(i + ".第" + i + "项事务", "" + i, "" + 2 * i, "" + 3 * i);
        }
        List<Integer> pages = table.rows().stream().map(row -> ((SourceLocation.PageRegion) row.get(0).source()).page())
                .distinct().toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
    }
}
