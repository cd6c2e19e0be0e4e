package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.pdf.Records.glyph;
import static org.reportauditor.ingest.pdf.Records.text;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineBuilderTest {

    @Test
    void glyphsOnOneBaselineAreOneLineReadLeftToRightWhateverOrderTheyWerePrintedIn() {
        List<Glyph> glyphs = new ArrayList<>(text("收到和处理", 100, 200));
        java.util.Collections.reverse(glyphs);
        glyphs.addAll(text("申请情况", 100, 220));
        List<TextLine> lines = LineBuilder.lines(glyphs);
        assertThat(lines).extracting(TextLine::text).containsExactly("收到和处理", "申请情况");
    }

    @Test
    void ideographsSpreadApartStayWithoutSpaces() {
        List<Glyph> glyphs = List.of(glyph("总", 100, 200), glyph("计", 140, 200));
        assertThat(LineBuilder.lines(glyphs).get(0).text()).isEqualTo("总计");
    }

    @Test
    void latinWordsGetSpacesAndTheRoomBeforeADigitIsNoSpace() {
        List<Glyph> glyphs = new ArrayList<>(text("共", 100, 200));
        // a typesetter's quarter-em room between an ideograph and a digit
        glyphs.addAll(text("12", 112.5, 200));
        glyphs.addAll(text("件", 134, 200));
        assertThat(LineBuilder.lines(glyphs).get(0).text()).isEqualTo("共12件");
        List<Glyph> latin = new ArrayList<>(text("Page", 100, 300));
        latin.addAll(text("3", 145, 300));
        assertThat(LineBuilder.lines(latin).get(0).text()).isEqualTo("Page 3");
    }

    @Test
    void aPrintedSpaceBetweenAnIdeographAndADigitIsKept() {
        List<Glyph> glyphs = new ArrayList<>(text("共", 100, 200));
        glyphs.add(glyph(" ", 110, 200));
        glyphs.addAll(text("12", 113, 200));
        assertThat(LineBuilder.lines(glyphs).get(0).text()).isEqualTo("共 12");
    }

    @Test
    void wideGapsSplitALineIntoChunks() {
        TextLine line = Records.line(200, "行政许可", 100, "447", 250, "12", 320);
        assertThat(line.chunks()).extracting(TextChunk::text).containsExactly("行政许可", "447", "12");
        assertThat(line.chunks().get(1).box().x()).isEqualTo(250);
    }

    @Test
    void aChunkIsANumberAsTheTemplateReadsOneAShareIsNot() {
        TextLine line = Records.line(200, "受理", 100, "１，８５３", 250, "12%", 320);
        assertThat(line.chunks()).extracting(TextChunk::isNumber).containsExactly(false, true, false);
    }

    @Test
    void cellTextKeepsLineBreaks() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(text("结", 100, 200));
        glyphs.addAll(text("果", 100, 212));
        glyphs.addAll(text("维", 100, 224));
        glyphs.addAll(text("持", 100, 236));
        assertThat(LineBuilder.cellText(glyphs)).isEqualTo("结\n果\n维\n持");
    }
}
