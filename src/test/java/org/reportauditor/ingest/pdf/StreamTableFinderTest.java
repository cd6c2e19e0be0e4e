package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.pdf.Records.line;
import static org.reportauditor.ingest.pdf.Records.sizedLine;

import java.util.List;

import org.junit.jupiter.api.Test;

class StreamTableFinderTest {

    private static StreamTableFinder.Result find(TextLine... lines) {
        return StreamTableFinder.find(List.of(lines), 1, Records.uprightFrame());
    }

    private static List<String> prose(StreamTableFinder.Result found) {
        return found.prose().stream().map(TextLine::text).toList();
    }

    private static List<List<String>> rows(TableFragment table) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            int row = r;
            rows.add(table.cells().stream().filter(c -> c.row() == row).map(TableFragment.FragmentCell::text).toList());
        }
        return rows;
    }

    @Test
    void alignedChunksMakeRowsAndColumnsWithBlankCellsKept() {
        List<TextLine> lines = List.of(
                line("二、收到申请情况", 100, 80),
                line(100, "项目", 100, "自然人", 250, "法人", 350, "总计", 450),
                line(120, "新收申请", 100, "12", 260, "3", 360, "15", 455),
                line(140, "予以公开", 100, "7", 265, "7", 455),
                line(160, "结转下年", 100, "2", 265, "1", 360, "3", 455),
                line("正文继续。", 100, 200));
        StreamTableFinder.Result found = StreamTableFinder.find(lines, 1, Records.uprightFrame());
        assertThat(found.tables()).hasSize(1);
        TableFragment table = found.tables().get(0);
        assertThat(table.confidence()).isLessThan(1);
        assertThat(rows(table)).containsExactly(
                List.of("项目", "自然人", "法人", "总计"),
                List.of("新收申请", "12", "3", "15"),
                List.of("予以公开", "7", "", "7"),
                List.of("结转下年", "2", "1", "3"));
        assertThat(found.prose()).extracting(TextLine::text).containsExactly("二、收到申请情况", "正文继续。");
    }

    @Test
    void aLabelWrappedOverTwoLinesStaysInItsRow() {
        List<TextLine> lines = List.of(
                line(100, "新收申请", 100, "12", 260, "15", 455),
                line(130, "上年结转", 100, "2", 265, "2", 455),
                line("数量", 100, 141),
                line(171, "予以公开", 100, "7", 265, "7", 455));
        TableFragment table = StreamTableFinder.find(lines, 1, Records.uprightFrame()).tables().get(0);
        assertThat(rows(table)).containsExactly(List.of("新收申请", "12", "15"), List.of("上年结转\n数量", "2", "2"),
                List.of("予以公开", "7", "7"));
    }

    @Test
    void proseIsNoTable() {
        List<TextLine> lines = List.of(
                line("本机关持续推进政务公开标准化规范化建设，主动回应社会关切。", 100, 100),
                line("全年主动公开政府信息一千余条。", 100, 118),
                line(118 + 18, "联系人：张三", 100, "电话：12345", 300),
                line("以上为本年度报告。", 100, 154));
        StreamTableFinder.Result found = StreamTableFinder.find(lines, 1, Records.uprightFrame());
        assertThat(found.tables()).isEmpty();
        assertThat(found.prose()).hasSize(4);
    }

    @Test
    void aHeadingBetweenTablesOfOtherColumnsEndsTheFirstAndStaysProse() {
        StreamTableFinder.Result found = find(
                line(100, "规章", 100, "0", 250, "0", 350, "28", 450),
                line(120, "规范性文件", 100, "9", 250, "0", 350, "0", 450),
                line("三、收到和处理政府信息公开申请情况", 100, 145),
                line(170, "新收申请", 100, "5", 220, "0", 280, "0", 330, "5", 380),
                line(190, "结转申请", 100, "0", 220, "0", 280, "0", 330, "0", 380));
        assertThat(found.tables()).hasSize(2);
        assertThat(rows(found.tables().get(0))).containsExactly(List.of("规章", "0", "0", "28"),
                List.of("规范性文件", "9", "0", "0"));
        assertThat(rows(found.tables().get(1))).hasSize(2).allSatisfy(row -> assertThat(row).hasSize(5));
        assertThat(prose(found)).containsExactly("三、收到和处理政府信息公开申请情况");
    }

    @Test
    void textInLargerTypeRightUnderTheLastRowIsNoLineOfItsLabel() {
        StreamTableFinder.Result found = find(
                line(100, "（六）其他处理", 100, "5", 250, "5", 350),
                line(120, "四、结转下年度继续办理", 100, "16", 250, "16", 350),
                sizedLine(12, 134, "政府信息公开行政复议情况", 60));
        assertThat(found.tables()).hasSize(1);
        assertThat(rows(found.tables().get(0))).containsExactly(List.of("（六）其他处理", "5", "5"),
                List.of("四、结转下年度继续办理", "16", "16"));
        assertThat(prose(found)).containsExactly("政府信息公开行政复议情况");
    }

    @Test
    void aParagraphBetweenRowsOfTheSameColumnsPartsTwoTables() {
        StreamTableFinder.Result found = find(
                line(100, "规章", 100, "0", 250, "28", 350),
                line(120, "规范性文件", 100, "9", 250, "0", 350),
                line("本机关持续推进政务公开标准化规范化建设主动回应社会关切全年主动公开政府信息一千余条", 60, 145),
                line(170, "行政许可", 100, "64", 250, "58", 350),
                line(190, "行政处罚", 100, "108", 250, "1", 350));
        assertThat(found.tables()).hasSize(2);
        assertThat(prose(found)).hasSize(1);
    }

    @Test
    void headerLinesAboveATableAreItsRowsButNotTheHeadingAboveThem() {
        StreamTableFinder.Result found = find(
                line("二、主动公开政府信息情况", 60, 60),
                line("第二十条第（一）项", 60, 80),
                line(100, "信息内容", 100, "本年新制作数量", 220, "对外公开总数量", 330),
                line(120, "规章", 110, "0", 250, "0", 360),
                line(140, "规范性文件", 100, "4", 250, "236", 355));
        assertThat(found.tables()).hasSize(1);
        assertThat(rows(found.tables().get(0))).containsExactly(List.of("第二十条第（一）项", "", ""),
                List.of("信息内容", "本年新制作数量", "对外公开总数量"), List.of("规章", "0", "0"),
                List.of("规范性文件", "4", "236"));
        assertThat(prose(found)).containsExactly("二、主动公开政府信息情况");
    }

    @Test
    void aLoneRowOfNumbersIsATableUnderAHeaderThatHeadsItsRunsOneByOne() {
        StreamTableFinder.Result found = find(
                line(100, "信息内容", 100, "本年处理决定数量", 220),
                line(120, "行政许可", 100, "1130", 250));
        assertThat(found.tables()).hasSize(1);
        assertThat(rows(found.tables().get(0))).containsExactly(List.of("信息内容", "本年处理决定数量"),
                List.of("行政许可", "1130"));
        StreamTableFinder.Result contact = find(
                line("联系人：张三", 100, 100),
                line(120, "办公电话", 100, "12345", 250));
        assertThat(contact.tables()).isEmpty();
        assertThat(contact.prose()).hasSize(2);
    }
}
