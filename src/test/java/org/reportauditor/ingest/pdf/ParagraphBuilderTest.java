package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.pdf.Records.line;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphBuilderTest {
    /** Text from x=100 to x=500, lines 18 points apart (1.8 font sizes). */
    private final ParagraphBuilder builder = new ParagraphBuilder(new TextMargins(100, 500, 1.8));

    private List<String> paragraphs(TextLine... lines) {
        return builder.paragraphs(List.of(lines), 1, Records.uprightFrame()).stream()
                .map(p -> String.join("|", p.lines().stream().map(ParagraphDraft.PlacedLine::text).toList()))
                .toList();
    }

    private static String full(String start) {
        return start + "正".repeat(40 - start.length());
    }

    @Test
    void linesRunningToTheMarginGoOnTheParagraph() {
        assertThat(paragraphs(line(full("　　一"), 120, 100), line(full("二"), 100, 118), line("三。", 100, 136)))
                .containsExactly(full("　　一").strip() + "|" + full("二") + "|三。");
    }

    @Test
    void headingsIndentsShortLinesAndWideGapsStartParagraphs() {
        assertThat(paragraphs(
                line("一、总体情况", 120, 100),
                line(full("本年度"), 120, 118),
                line(full("继续"), 100, 136),
                line("（一）主动公开情况。" + "正".repeat(29), 100, 154),
                line(full("接着"), 100, 172),
                line(full("隔开"), 100, 210)))
                .containsExactly("一、总体情况", full("本年度") + "|" + full("继续"),
                        "（一）主动公开情况。" + "正".repeat(29) + "|" + full("接着"), full("隔开"));
    }

    @Test
    void aTitleCentredOverTwoLinesIsOneParagraph() {
        assertThat(paragraphs(line("某某市人民政府", 265, 100), line("年度报告", 280, 118), line(full("正文"), 120, 150)))
                .containsExactly("某某市人民政府|年度报告", full("正文"));
    }

    @Test
    void aParagraphEndingAtTheMarginMayGoOnOnTheNextPage() {
        List<ParagraphDraft> drafts = builder.paragraphs(
                List.of(line("二、标题", 120, 100), line(full("正文"), 120, 118)), 1, Records.uprightFrame());
        assertThat(drafts.get(0).openEnd()).isFalse();
        assertThat(drafts.get(1).openEnd()).isTrue();
        assertThat(drafts.get(1).freshStart()).isTrue();
    }
}
