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
        Box bounds = new Box(edges.get(0).from(), 100, edges.get(edges.size() - 1).to() - edges.get(0).from(), 20 * rows);
        return new TableFragment(List.of(cells), rows, edges, true, page, bounds, page, bounds);
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
}
