package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportauditor.model.Box;

class TableJoinerTest {
    private static final List<ColumnEdge> EDGES = edges(50.0, 150.0, 250.0, 350.0);

    private static TableFragment.FragmentCell cell(String text, int row, int col, int rowSpan, int page) {
        return new TableFragment.FragmentCell(text, row, col, rowSpan, 1, page, new Box(50 + 100 * col, 100 + 20 * row,
                100, 20 * rowSpan));
    }

    private static List<ColumnEdge> edges(double... xs) {
        return java.util.Arrays.stream(xs).mapToObj(ColumnEdge::at).toList();
    }

    private static TableFragment fragment(int page, int rows, List<ColumnEdge> edges, TableFragment.FragmentCell... cells) {
        return fragment(true, page, rows, edges, cells);
    }

    private static TableFragment fragment(boolean ruled, int page, int rows, List<ColumnEdge> edges,
            TableFragment.FragmentCell... cells) {
        Box bounds = new Box(edges.get(0).from(), 100, edges.get(edges.size() - 1).to() - edges.get(0).from(), 20 * rows);
        return new TableFragment(List.of(cells), rows, edges, ruled, page, bounds, page, bounds);
    }

    /** The edges of a line-less fragment: its text's outer ends, and the gaps between its columns. */
    private static List<ColumnEdge> gaps(double left, double right, double... gaps) {
        List<ColumnEdge> edges = new ArrayList<>(List.of(ColumnEdge.at(left)));
        for (int i = 0; i < gaps.length; i += 2) {
            edges.add(new ColumnEdge(gaps[i], gaps[i + 1]));
        }
        edges.add(ColumnEdge.at(right));
        return edges;
    }

    private static List<String> texts(TableFragment table) {
        List<String> texts = new ArrayList<>();
        for (TableFragment.FragmentCell c : table.cells()) {
            texts.add(c.row() + "," + c.col() + (c.rowSpan() > 1 ? "x" + c.rowSpan() : "") + "=" + c.text()
                    + "@" + c.page());
        }
        return texts;
    }

    @Test
    void fragmentsWithTheSameColumnsOnConsecutivePagesContinue() {
        TableFragment first = fragment(1, 1, EDGES, cell("a", 0, 0, 1, 1));
        assertThat(TableJoiner.continues(first, fragment(2, 1, EDGES, cell("b", 0, 0, 1, 2)))).isTrue();
        assertThat(TableJoiner.continues(first, fragment(3, 1, EDGES, cell("b", 0, 0, 1, 3)))).isFalse();
        assertThat(TableJoiner.continues(first, fragment(2, 1, edges(50.0, 300.0, 500.0),
                cell("b", 0, 0, 1, 2)))).isFalse();
    }

    @Test
    void theRepeatedHeaderIsDroppedAndRowsFollowOn() {
        TableFragment first = fragment(1, 2, EDGES,
                cell("项目", 0, 0, 1, 1), cell("本年", 0, 1, 1, 1), cell("上年", 0, 2, 1, 1),
                cell("规章", 1, 0, 1, 1), cell("1", 1, 1, 1, 1), cell("2", 1, 2, 1, 1));
        TableFragment second = fragment(2, 2, EDGES,
                cell("项目", 0, 0, 1, 2), cell("本年", 0, 1, 1, 2), cell("上年", 0, 2, 1, 2),
                cell("规范性文件", 1, 0, 1, 2), cell("3", 1, 1, 1, 2), cell("4", 1, 2, 1, 2));
        TableFragment joined = TableJoiner.join(first, second);
        assertThat(joined.rowCount()).isEqualTo(3);
        assertThat(texts(joined)).containsExactly("0,0=项目@1", "0,1=本年@1", "0,2=上年@1", "1,0=规章@1", "1,1=1@1",
                "1,2=2@1", "2,0=规范性文件@2", "2,1=3@2", "2,2=4@2");
        assertThat(joined.lastPage()).isEqualTo(2);
    }

    @Test
    void aMergedCellCutByThePageBreakIsWholeAgain() {
        TableFragment first = fragment(1, 2, EDGES,
                cell("三、办理结果", 0, 0, 2, 1), cell("（一）", 0, 1, 1, 1), cell("5", 0, 2, 1, 1),
                cell("（二）", 1, 1, 1, 1), cell("6", 1, 2, 1, 1));
        TableFragment second = fragment(2, 2, EDGES,
                cell("", 0, 0, 2, 2), cell("（三）", 0, 1, 1, 2), cell("7", 0, 2, 1, 2),
                cell("（四）", 1, 1, 1, 2), cell("8", 1, 2, 1, 2));
        TableFragment joined = TableJoiner.join(first, second);
        assertThat(texts(joined)).containsExactly("0,0x4=三、办理结果@1", "0,1=（一）@1", "0,2=5@1", "1,1=（二）@1",
                "1,2=6@1", "2,1=（三）@2", "2,2=7@2", "3,1=（四）@2", "3,2=8@2");
    }

    @Test
    void aBlankCellBelowAnOrdinaryCellStaysACell() {
        TableFragment first = fragment(1, 1, EDGES, cell("规章", 0, 0, 1, 1), cell("1", 0, 1, 1, 1),
                cell("2", 0, 2, 1, 1));
        TableFragment second = fragment(2, 1, EDGES, cell("规范性文件", 0, 0, 1, 2), cell("", 0, 1, 1, 2),
                cell("4", 0, 2, 1, 2));
        assertThat(texts(TableJoiner.join(first, second))).contains("1,1=@2");
    }

    @Test
    void linelessFragmentsGoOnWhereTheGapsBetweenTheirColumnsMeetWhereverTheirTextEnds() {
        // the labels of the second page are narrower: its first gap starts further left, its text ends elsewhere
        TableFragment first = fragment(false, 1, 1, gaps(60, 560, 290, 300, 320, 350, 360, 390),
                cell("一、本年新收政府信息公开申请数量", 0, 0, 1, 1), cell("189", 0, 1, 1, 1), cell("2", 0, 2, 1, 1),
                cell("191", 0, 3, 1, 1));
        TableFragment next = fragment(false, 2, 1, gaps(120, 555, 250, 303, 318, 351, 358, 392),
                cell("（七）总计", 0, 0, 1, 2), cell("178", 0, 1, 1, 2), cell("3", 0, 2, 1, 2), cell("181", 0, 3, 1, 2));
        assertThat(TableJoiner.continues(first, next)).isTrue();
        TableFragment joined = TableJoiner.join(first, next);
        assertThat(joined.ruled()).isFalse();
        assertThat(texts(joined)).containsExactly("0,0=一、本年新收政府信息公开申请数量@1", "0,1=189@1", "0,2=2@1",
                "0,3=191@1", "1,0=（七）总计@2", "1,1=178@2", "1,2=3@2", "1,3=181@2");
    }

    @Test
    void aLinelessFragmentDoesNotGoOnIntoATableOfOtherColumns() {
        TableFragment first = fragment(false, 1, 1, gaps(60, 560, 290, 300, 320, 350, 360, 390, 400, 430),
                cell("四、结转下年度继续办理", 0, 0, 1, 1));
        // fifteen narrow columns: a few of their gaps fall into the wide gaps of the table above
        TableFragment next = fragment(false, 2, 1, gaps(70, 560, 80, 105, 115, 140, 150, 175, 185, 210, 220, 245,
                255, 280, 290, 315, 325, 350, 360, 385, 395, 420, 430, 455, 465, 490, 500, 525, 535, 550),
                cell("2", 0, 0, 1, 2));
        assertThat(TableJoiner.continues(first, next)).isFalse();
    }

    @Test
    void aRuledFragmentAndALinelessOneAreNoOneTable() {
        TableFragment ruled = fragment(1, 1, EDGES, cell("a", 0, 0, 1, 1));
        TableFragment lineless = fragment(false, 2, 1, EDGES, cell("b", 0, 0, 1, 2));
        assertThat(TableJoiner.continues(ruled, lineless)).isFalse();
    }
}
