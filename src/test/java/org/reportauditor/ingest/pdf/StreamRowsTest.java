package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.pdf.Records.line;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rows of line-less tables, from lines laid out as producers set them (font size 10). */
class StreamRowsTest {

    /** Each row's texts, left to right, top to bottom within a column. */
    private static List<String> rows(TextLine... lines) {
        return StreamRows.rows(List.of(lines)).stream().map(row -> {
            List<StreamRows.Piece> pieces = new java.util.ArrayList<>(row.pieces());
            pieces.sort(Comparator.comparingDouble((StreamRows.Piece p) -> p.box().x())
                    .thenComparingDouble(p -> p.box().y()));
            return (row.anchored() ? "" : "free:") + String.join("|", pieces.stream().map(p -> p.chunk().text()).toList());
        }).toList();
    }

    @Test
    void aLabelWrappedAroundItsNumbersIsOneRowWithThem() {
        // a cell centred vertically: the numbers stand between the label's two lines
        assertThat(rows(
                line(100, "一、本年新收", 100),
                line(107, "12", 250, "3", 300),
                line(114, "申请数量", 100),
                line(140, "二、上年结转", 100, "2", 250, "0", 300)))
                .containsExactly("一、本年新收|申请数量|12|3", "二、上年结转|2|0");
    }

    @Test
    void aLabelGoingOnUnderTheLineOfItsNumbersJoinsTheirRowRatherThanTheNextOne() {
        // cells aligned to the top: the label's second line stands alone, a little nearer its own row
        assertThat(rows(
                line(100, "本机关不掌握相关", 100, "49", 250),
                line(114, "信息", 120),
                line(130, "没有现成信息", 100, "3", 250)))
                .containsExactly("本机关不掌握相关|信息|49", "没有现成信息|3");
    }

    @Test
    void twoRowsOfNumbersBesideOneGroupLabelStayTwoRows() {
        assertThat(rows(
                line(100, "三、本年度", 50, "（一）予以公开", 150, "42", 300),
                line(114, "办理结果", 50),
                line(128, "（二）部分公开", 150, "62", 300)))
                .containsExactly("三、本年度|办理结果|（一）予以公开|42", "（二）部分公开|62");
    }

    @Test
    void aNumberedLineStartsALabelOfItsOwn() {
        assertThat(rows(
                line(100, "1.属于国家秘密", 100, "0", 300),
                line(114, "2.其他法律行政法规", 100),
                line(121, "1", 300),
                line(128, "禁止公开", 100)))
                .containsExactly("1.属于国家秘密|0", "2.其他法律行政法规|禁止公开|1");
    }

    @Test
    void theLinesOfACellMayStandAsFarApartAsTheRowsAllowInWideLineSpacing() {
        // rows 16 points apart, a wrapped label's lines 10: further than in tight tables, yet one cell
        assertThat(rows(
                line(100, "（一）予以公开", 100, "5", 300),
                line(126, "（二）部分公开", 100, "1", 300),
                line(152, "（三）不予公开，只计", 100),
                line(162, "7", 300),
                line(172, "这一情形", 100),
                line(198, "（四）总计", 100, "13", 300)))
                .containsExactly("（一）予以公开|5", "（二）部分公开|1", "（三）不予公开，只计|这一情形|7", "（四）总计|13");
    }

    @Test
    void headersMakeRowsOfTheirOwnAndAHeaderUnderTheOneSpanningItStartsANewRow() {
        assertThat(rows(
                line(60, "申请人情况", 240),
                line(66, "项目", 100, "自然人", 220, "法人", 300),
                line(100, "新收申请", 100, "12", 225, "3", 305)))
                .containsExactly("free:申请人情况", "free:项目|自然人|法人", "新收申请|12|3");
    }

    @Test
    void linesOfNumbersAnchorRowsAndLinesOfTextDoNot() {
        assertThat(StreamRows.isAnchor(line(100, "规章", 100, "0", 250))).isTrue();
        assertThat(StreamRows.isAnchor(line(100, "信息内容", 100, "本年新制作数量", 250))).isFalse();
        assertThat(StreamRows.isAnchor(line("2024年共收到申请12件", 100, 100))).isFalse();
    }
}
