package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.pdf.Records.text;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportauditor.model.Box;

class PageLayoutBuilderTest {
    private static final double[] COLUMNS = {100, 130, 300};
    private static final double[] ROWS = {100, 200};

    @Test
    void glyphsFillTheCellsTheyArePrintedInAndTheRestAreLines() {
        List<Glyph> glyphs = new ArrayList<>(text("标题", 100, 80));
        glyphs.addAll(text("结", 110, 120));
        glyphs.addAll(text("果", 110, 132));
        glyphs.addAll(text("72", 200, 150));
        PageLayout layout = PageLayoutBuilder.layout(Records.page(1, glyphs, Records.grid(COLUMNS, ROWS)));
        assertThat(layout.tables()).hasSize(1);
        assertThat(layout.tables().get(0).cells()).extracting(TableFragment.FragmentCell::text)
                .containsExactly("结\n果", "72");
        assertThat(layout.lines()).extracting(TextLine::text).containsExactly("标题");
        TableFragment.FragmentCell number = layout.tables().get(0).cells().get(1);
        assertThat(number.box()).isEqualTo(new Box(130, 100, 170, 100));
    }

    @Test
    void aLabelTurnedCounterClockwiseReadsBottomToTop() {
        // 结果 printed sideways up a narrow cell: 结 at the bottom, 果 above it
        List<Glyph> glyphs = List.of(
                new Glyph("结", new Box(110, 170, 10, 10), TextDirection.BOTTOM_TO_TOP, 10),
                new Glyph("果", new Box(110, 160, 10, 10), TextDirection.BOTTOM_TO_TOP, 10),
                new Glyph("7", new Box(200, 140, 10, 10), TextDirection.LEFT_TO_RIGHT, 10));
        PageLayout layout = PageLayoutBuilder.layout(Records.page(1, glyphs, Records.grid(COLUMNS, ROWS)));
        assertThat(layout.tables().get(0).cells()).extracting(TableFragment.FragmentCell::text)
                .containsExactly("结果", "7");
    }
}
