package org.reportauditor.app.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportauditor.app.Fixtures;
import org.reportauditor.app.source.DocumentBlock.Prose;
import org.reportauditor.app.source.DocumentBlock.Row;
import org.reportauditor.app.source.DocumentBlock.Span;
import org.reportauditor.model.Report;
import org.reportauditor.model.SourceLocation;

class TextDocumentLayoutTest {

    private static List<Row> rows(List<DocumentBlock> blocks) {
        return blocks.stream().filter(Row.class::isInstance).map(Row.class::cast).toList();
    }

    @Test
    void tabSeparatedLinesAreRowsOfOneTable() {
        String text = "一、总体情况\n本年收到申请。\n\t自然人\t总计\n一、本年新收\t5\t7\n二、上年结转\t1\t1\n结语\n";
        List<DocumentBlock> blocks = TextDocumentLayout.of(text);

        assertThat(blocks).hasSize(6);
        assertThat(blocks.get(0)).isEqualTo(new Prose(new Span(0, 6, "一、总体情况")));
        List<Row> rows = rows(blocks);
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r.valueColumns()).isEqualTo(2));
        assertThat(rows.get(0).first()).isTrue();
        assertThat(rows.get(0).cells()).extracting(Span::text).containsExactly("", "自然人", "总计");
        assertThat(rows.get(0).values()).as("a header has no values").isZero();
        assertThat(rows.get(1).cells()).extracting(Span::text).containsExactly("一、本年新收", "5", "7");
        assertThat(rows.get(1).labels()).extracting(Span::text).containsExactly("一、本年新收");
        Span five = rows.get(1).cells().get(1);
        assertThat(text.substring(five.start(), five.end())).isEqualTo("5");
        assertThat(blocks.get(5)).isInstanceOf(Prose.class);
    }

    @Test
    void cellPerLineTablesGroupTheirRowsByBlankLinesAndJoinWrappedCells() {
        String text = "三、情况\n\n\t（三）不予\n\n公开\n\t1.属于国家秘密\n\t0\n\n\t2.其他\n\t3\n\n四、情况\n";
        List<Row> rows = rows(TextDocumentLayout.of(text));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).extracting(Span::text).containsExactly("（三）不予公开", "1.属于国家秘密", "0");
        assertThat(rows.get(1).cells()).extracting(Span::text).containsExactly("2.其他", "3");
        assertThat(TextDocumentLayout.of(text).get(TextDocumentLayout.of(text).size() - 1))
                .isEqualTo(new Prose(new Span(text.indexOf("四、"), text.indexOf("四、") + 4, "四、情况")));
    }

    @Test
    void everyCellOfTheBeijingSeedLiesInABlockOfItsText() throws IOException {
        Report report = Fixtures.auditor().audit(Fixtures.BEIJING_TEXT).report();
        List<DocumentBlock> blocks = TextDocumentLayout.of(report.text());

        assertThat(report.text()).isEqualTo(Files.readString(Fixtures.BEIJING_TEXT));
        assertThat(report.cells()).filteredOn(c -> c.source() != null).allSatisfy(cell -> {
            SourceLocation.TextRange range = (SourceLocation.TextRange) cell.source();
            assertThat(blocks).as(cell.address().toString())
                    .anySatisfy(b -> assertThat(b).isInstanceOf(Row.class)
                            .matches(row -> row.overlaps(range.offset(), range.end())));
        });
    }

    @Test
    void emptyTextHasNoBlocks() {
        assertThat(TextDocumentLayout.of("")).isEmpty();
        assertThat(TextDocumentLayout.of(null)).isEmpty();
        assertThat(TextDocumentLayout.of("\n\n  \n")).isEmpty();
    }
}
