package org.reportauditor.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.List;

import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.ingest.text.PlainTextReader;
import org.reportauditor.model.CellReading;
import org.reportauditor.model.DocumentKind;
import org.reportauditor.model.Paragraph;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Report;
import org.reportauditor.model.Section;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.TemplateVersion;

/** Recognition of reports written in test code, as text files. */
class ReportRecognizerTest {
    private final DocumentReaders readers = new DocumentReaders(Map.of(DocumentKind.TEXT, new PlainTextReader()));
    private final ReportRecognizer recognizer = new ReportRecognizer();

    @TempDir
    Path dir;

    private Report recognize(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("report.txt"), text);
        return recognizer.recognize(readers.read(file), file.toString());
    }

    @Test
    void agencyAndYearComeFromTheTitleWhateverItsForm() throws IOException {
        assertThat(recognize("某市某局\n2022 年政府信息公开工作年度报告\n一、总体情况\n").agency()).isEqualTo("某市某局");
        Report chineseYear = recognize("某县人民政府二〇二三年度政府信息公开工作年度报告\n一、总体情况\n");
        assertThat(chineseYear.agency()).isEqualTo("某县人民政府");
        assertThat(chineseYear.year()).isEqualTo(2023);
        Report yearFirst = recognize("2021年某区卫生健康委员会政府信息公开工作年度报告\n一、总体情况\n");
        assertThat(yearFirst.agency()).isEqualTo("某区卫生健康委员会");
        assertThat(yearFirst.year()).isEqualTo(2021);
    }

    @Test
    void sectionsAreFoundEvenWhenTheirHeadingsDeviate() throws IOException {
        Report report = recognize("某局2020年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n正文。\n"
                + "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
                + "（五）存在的主要问题及改进情况\n一是问题。\n六、其他需要报告的事项。本年度无其他需要报告的事项。\n");
        assertThat(report.sections()).extracting(Section::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(report.section(1).orElseThrow().paragraphs()).hasSize(2);
        assertThat(report.section(5).orElseThrow().heading()).isEqualTo("（五）存在的主要问题及改进情况");
    }

    @Test
    void aBlockWhoseHeaderNamesOnlySomeColumnsIsReadAsPrinted() throws IOException {
        Report report = recognize("某局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                + "第二十条第（五）项\t\t\n信息内容\t本年处理决定数量\t\n行政许可\t12\t\n其他对外管理服务事项\t3\t\n");
        var art20 = report.table(Template.ART20).orElseThrow();
        assertThat(art20.cell("licensing", "decisions").orElseThrow().value()).isEqualByComparingTo("12");
        assertThat(art20.row("other_services").orElseThrow().cells()).singleElement().satisfies(c -> {
            assertThat(c.address().column()).isEqualTo("decisions");
            assertThat(c.value()).isEqualByComparingTo("3");
        });
    }

    @Test
    void theTableVersionIsReadFromItsRows() throws IOException {
        String head = "某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";
        Report old = recognize(head + "(六) 其他处理\t0\t0\t0\t0\t0\t0\t0\n");
        assertThat(old.table(Template.APPLICATIONS).orElseThrow().version()).isEqualTo(TemplateVersion.V2019);
        Report current = recognize(head + "(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n"
                + "\t3. 其他\t1\t0\t0\t0\t0\t0\t1\n");
        var table = current.table(Template.APPLICATIONS).orElseThrow();
        assertThat(table.version()).isEqualTo(TemplateVersion.V2021);
        assertThat(table.cell("other.other", "total").orElseThrow().value()).isEqualByComparingTo("1");
    }

    @Test
    void anOldOtherRowLeftBlankIsStillThere() throws IOException {
        Report report = recognize("某局2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                + "(六) 其他处理\t \t \t \t \t \t \t \n(七) 总计\t1\t0\t0\t0\t0\t0\t1\n");
        var table = report.table(Template.APPLICATIONS).orElseThrow();
        assertThat(table.row("other").orElseThrow().cells()).allMatch(c -> c.reading() == CellReading.BLANK);
        assertThat(table.version()).isEqualTo(TemplateVersion.V2019);
    }

    @Test
    void aNewOtherGroupLabelOnALineOfItsOwnHasNoRowOfBlanks() throws IOException {
        // as a layout without ruling lines sets it: the group label level with empty columns, its items under it
        Report report = recognize("某局2024年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                + "(六) 其他处理\t \t \t \t \t \t \t \n"
                + "1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n"
                + "3. 其他\t1\t0\t0\t0\t0\t0\t1\n");
        var table = report.table(Template.APPLICATIONS).orElseThrow();
        assertThat(table.version()).isEqualTo(TemplateVersion.V2021);
        assertThat(table.row("other")).isEmpty();
        assertThat(table.cell("other.other", "total").orElseThrow().value()).isEqualByComparingTo("1");
    }

    @Test
    void aTableReadFromAGridIsAsSureAsItsGridWhateverProseStandsAroundIt() throws IOException {
        Report report = recognize("某局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
                + "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n规范性文件\t9\t0\t28\n"
                + "三、收到和处理政府信息公开申请情况\n");
        assertThat(report.table(Template.ART20).orElseThrow().confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aRowThatLostACellIsReadAsFarAsItGoes() throws IOException {
        Report report = recognize("某局2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                + "(三) 不予公开\t4. 保护第三方合法权益\t1\t0\t0\t0\t0\t2\n");
        var row = report.table(Template.APPLICATIONS).orElseThrow().row("withheld.third_party").orElseThrow();
        assertThat(row.cells()).extracting(c -> c.reading()).endsWith(CellReading.NUMBER, CellReading.MISSING);
        assertThat(row.cell("other_org").orElseThrow().value()).isEqualByComparingTo("2");
    }

    @Test
    void tablesLaidOutWithSpacesAreRead() throws IOException {
        Report report = recognize("某局2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                + "  一、本年新收政府信息公开申请数量       5   0    0   0   0   0    5\n"
                + "        （二）部分公开（区分处理的，只计\n"
                + "                                 3   0    0   0   0   0    3\n"
                + "        这一情形，不计其他情形）\n"
                + "（四）无法提供   1.本机关不掌握相关政府信息   2   0   0   0   0   0   2\n"
                + "  政府集中采购         8           435.1 万\n");
        var table = report.table(Template.APPLICATIONS).orElseThrow();
        assertThat(table.cell("new_received", "total").orElseThrow().value()).isEqualByComparingTo("5");
        assertThat(table.cell("partially_disclosed", "natural_person").orElseThrow().value()).isEqualByComparingTo("3");
        assertThat(table.cell("unavailable.not_held", "total").orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(table.confidence()).isLessThan(1.0);
    }

    @Test
    void rowsStackedInOneGridRowAreSplit() {
        List<List<RawCell>> grid = List.of(
                List.of(cell("三、本年度 （一）予以公开\n办理结果\n（二）部分公开（区分处理的，只计\n这一情形，不计其他情形）"),
                        cell("42\n62"), cell("1\n1"), cell("0\n0"), cell("0\n0"), cell("0\n0"), cell("0\n0"),
                        cell("43\n78")));
        RawDocument doc = new RawDocument(Path.of("stacked.html"), DocumentKind.HTML, List.of(
                new TextBlock(Paragraph.of("三、收到和处理政府信息公开申请情况", SourceLocation.TextRange.of(0, 17))),
                new TableBlock(grid, 1.0, SourceLocation.TextRange.of(18, 10))), "", List.of());
        var table = recognizer.recognize(doc, "stacked.html").table(Template.APPLICATIONS).orElseThrow();
        assertThat(table.cell("disclosed", "total").orElseThrow().value()).isEqualByComparingTo("43");
        assertThat(table.cell("partially_disclosed", "total").orElseThrow().value()).isEqualByComparingTo("78");
    }

    private static RawCell cell(String text) {
        return new RawCell(text, 0, 0, 1, 1, SourceLocation.TextRange.of(0, text.length()));
    }

    @Test
    void aDocumentWithoutTheTemplateIsNotAnAnnualReport() throws IOException {
        Report report = recognize("会议纪要\n今天下午召开了工作会议，讨论了明年的预算安排。\n");
        assertThat(report.problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.NOT_ANNUAL_REPORT));
    }
}
