package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.pdf.Records.text;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportauditor.ingest.Block;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.ingest.TextBlock;

class PdfDocumentAssemblerTest {
    private static final double[] COLUMNS = {100, 250, 400};

    /** A page with a heading, then a ruled table of the given rows from {@code top}, then a page number. */
    private static PageContent page(int number, double top, String heading, String[][] rows) {
        List<Glyph> glyphs = new ArrayList<>();
        if (heading != null) {
            glyphs.addAll(text(heading, 100, top - 20));
        }
        double[] rowEdges = new double[rows.length + 1];
        for (int r = 0; r <= rows.length; r++) {
            rowEdges[r] = top + 30 * r;
        }
        for (int r = 0; r < rows.length; r++) {
            glyphs.addAll(text(rows[r][0], 105, top + 30 * r + 20));
            glyphs.addAll(text(rows[r][1], 255, top + 30 * r + 20));
        }
        // the page number printed below the table, as if between its rows in reading order
        glyphs.addAll(text("-" + number + "-", 280, 800));
        return Records.page(number, glyphs, Records.grid(COLUMNS, rowEdges));
    }

    @Test
    void aTableBrokenOverAPageWithItsPageNumberBetweenIsOneTable() {
        PageContent first = page(1, 600, "三、收到和处理政府信息公开申请情况",
                new String[][] {{"项目", "数量"}, {"新收", "12"}, {"结转", "3"}});
        PageContent second = page(2, 80, null, new String[][] {{"公开", "7"}, {"总计", "22"}});
        PdfDocumentAssembler.Assembled assembled = PdfDocumentAssembler.assemble(
                List.of(PageLayoutBuilder.layout(first), PageLayoutBuilder.layout(second)));
        List<Block> blocks = assembled.blocks();
        assertThat(blocks).hasSize(2);
        assertThat(((TextBlock) blocks.get(0)).text()).isEqualTo("三、收到和处理政府信息公开申请情况");
        TableBlock table = (TableBlock) blocks.get(1);
        assertThat(table.rows()).hasSize(5);
        assertThat(table.rows().stream().flatMap(List::stream).map(RawCell::text).toList())
                .containsExactly("项目", "数量", "新收", "12", "结转", "3", "公开", "7", "总计", "22");
        assertThat(assembled.text()).doesNotContain("-1-").doesNotContain("-2-");
    }
}
