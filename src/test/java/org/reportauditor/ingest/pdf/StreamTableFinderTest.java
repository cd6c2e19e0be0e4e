package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.pdf.Records.line;

import java.util.List;

import org.junit.jupiter.api.Test;

class StreamTableFinderTest {

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
}
