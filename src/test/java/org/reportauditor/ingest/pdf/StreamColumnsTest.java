package org.reportauditor.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportauditor.ingest.pdf.Records.line;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportauditor.model.Box;

class StreamColumnsTest {

    private static StreamColumns columns(TextLine... lines) {
        return StreamColumns.of(StreamRows.rows(List.of(lines)));
    }

    private static List<String> extents(StreamColumns columns) {
        return java.util.stream.IntStream.range(0, columns.count())
                .mapToObj(c -> (int) columns.left(c) + "-" + (int) columns.right(c)).toList();
    }

    @Test
    void columnsAreWhatTheRowsOfNumbersCoverAndAHeaderAcrossThemSpansThem() {
        StreamColumns columns = columns(
                line(60, "申请人情况", 240),
                line(100, "新收申请", 100, "12", 245, "3", 305),
                line(120, "结转申请", 100, "2", 250, "15", 300));
        assertThat(extents(columns)).containsExactly("100-140", "245-265", "300-320");
        assertThat(columns.span(new Box(240, 50, 70, 10))).containsExactly(1, 2);
        // a chunk standing in a gap goes to the column nearest to it
        assertThat(columns.span(new Box(280, 50, 10, 10))).containsExactly(2, 2);
        assertThat(columns.edges()).containsExactly(ColumnEdge.at(100), new ColumnEdge(140, 245),
                new ColumnEdge(265, 300), ColumnEdge.at(320));
    }

    @Test
    void labelsPrintedSideBySideCutTheStretchOfLabelsThatOtherRowsReachAcross() {
        StreamColumns columns = columns(
                line(100, "一、本年新收申请数量", 50, "12", 300),
                line(120, "三、本年度", 50, "（一）予以公开", 120, "7", 300),
                line(140, "（二）部分公开", 120, "5", 300),
                line(160, "四、结转下年度继续", 50, "0", 300));
        assertThat(extents(columns)).containsExactly("50-100", "120-190", "300-320");
        // the labels of the section rows reach over both columns of labels
        assertThat(columns.span(new Box(50, 90, 100, 10))).containsExactly(0, 1);
    }
}
