package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reportauditor.model.Box;

class PageFrameTest {

    @ParameterizedTest
    @EnumSource(TextDirection.class)
    void boxesGoUprightAndBack(TextDirection direction) {
        PageFrame frame = new PageFrame(direction, 842, 595);
        Box box = new Box(100, 50, 30, 12);
        assertThat(frame.toDisplay(frame.toUpright(box))).isEqualTo(box);
        Box upright = frame.toUpright(box);
        assertThat(upright.right()).isLessThanOrEqualTo(frame.uprightWidth());
        assertThat(upright.bottom()).isLessThanOrEqualTo(frame.uprightHeight());
    }

    @Test
    void textRunningDownThePageIsTurnedToReadLeftToRight() {
        // a portrait page shown with /Rotate 90: its first line runs down the right-hand side
        Glyph first = new Glyph("一", new Box(780, 100, 12, 12), TextDirection.TOP_TO_BOTTOM, 12);
        Glyph second = new Glyph("二", new Box(780, 112, 12, 12), TextDirection.TOP_TO_BOTTOM, 12);
        Glyph below = new Glyph("三", new Box(750, 100, 12, 12), TextDirection.TOP_TO_BOTTOM, 12);
        PageContent content = new PageContent(1, 842, 595, List.of(first, second, below), List.of(), List.of(), 0, 3);
        PageFrame frame = PageFrame.of(content);
        assertThat(frame.direction()).isEqualTo(TextDirection.TOP_TO_BOTTOM);
        List<TextLine> lines = LineBuilder.lines(frame.toUpright(content.glyphs()));
        assertThat(lines).extracting(TextLine::text).containsExactly("一二", "三");
        assertThat(frame.toUpright(content.glyphs())).allMatch(g -> g.direction() == TextDirection.LEFT_TO_RIGHT);
    }
}
