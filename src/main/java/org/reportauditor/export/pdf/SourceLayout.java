package org.reportauditor.export.pdf;

import static org.reportauditor.export.pdf.PageComposer.PADDING;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reportauditor.ingest.Block;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.model.Box;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.SourceLocation.PageRegion;
import org.reportauditor.model.SourceLocation.TextRange;

/**
 * Lays out a Word, web or text source as PDF pages: its paragraphs, and its tables drawn as ruled
 * tables with their merged cells, in reading order; and remembers where each character and each
 * table cell went, so the findings' places can be marked on these pages as on a PDF's own.
 */
final class SourceLayout implements Placements {
    private static final double TEXT_SIZE = 10.5;
    private static final double TABLE_SIZE = 8;
    private static final double MIN_COLUMN = 22;
    private static final double MAX_COLUMN = 180;

    /** Characters of the document's text from {@code offset}, as drawn in {@code lines}. */
    private record Span(int offset, List<PageComposer.DrawnLine> lines) {
    }

    private record CellKey(int table, int row, int col) {
    }

    private final List<Span> spans = new ArrayList<>();
    private final Map<CellKey, PageRegion> cells = new HashMap<>();
    private final PageComposer composer;

    private SourceLayout(PageComposer composer) {
        this.composer = composer;
    }

    /** Writes the document onto new pages through {@code composer}. */
    static SourceLayout lay(RawDocument document, PageComposer composer) throws IOException {
        SourceLayout layout = new SourceLayout(composer);
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock text) {
                layout.paragraph(text);
            } else if (block instanceof TableBlock table) {
                layout.table(table);
            }
        }
        return layout;
    }

    @Override
    public List<PageRegion> regions(SourceLocation location) {
        if (!(location instanceof TextRange range)) {
            return List.of();
        }
        if (range.isTableCell()) {
            PageRegion cell = cells.get(new CellKey(range.table(), range.row(), range.col()));
            if (cell != null) {
                return List.of(cell);
            }
        }
        Map<Integer, PageRegion> byPage = new LinkedHashMap<>();
        for (Span span : spans) {
            for (PageComposer.DrawnLine line : span.lines()) {
                Box part = line.part(range.offset() - span.offset(), range.end() - span.offset());
                if (part != null) {
                    byPage.merge(line.page(), new PageRegion(line.page(), part), PageRegion::union);
                }
            }
        }
        return List.copyOf(byPage.values());
    }

    private void paragraph(TextBlock block) throws IOException {
        String text = block.text();
        if (text.isBlank()) {
            composer.advance(TEXT_SIZE);
            return;
        }
        List<PageComposer.DrawnLine> lines = composer.paragraph(text, TEXT_SIZE, 0);
        if (block.paragraph().source() instanceof TextRange range) {
            spans.add(new Span(range.offset(), lines));
        }
        composer.advance(TEXT_SIZE * 0.4);
    }

    private void table(TableBlock table) throws IOException {
        int columns = 0;
        int rows = table.rows().size();
        for (List<RawCell> row : table.rows()) {
            for (RawCell cell : row) {
                columns = Math.max(columns, cell.col() + cell.colSpan());
                rows = Math.max(rows, cell.row() + cell.rowSpan());
            }
        }
        if (columns == 0) {
            return;
        }
        double[] widths = columnWidths(table, columns);
        double[] lefts = new double[columns + 1];
        lefts[0] = PageComposer.MARGIN;
        for (int c = 0; c < columns; c++) {
            lefts[c + 1] = lefts[c] + widths[c];
        }
        Map<RawCell, List<PageComposer.Line>> wrapped = new HashMap<>();
        double[] heights = rowHeights(table, rows, lefts, wrapped);
        int bandStart = 0;
        while (bandStart < rows) {
            int bandEnd = bandEnd(table, bandStart, rows);
            double bandHeight = 0;
            for (int r = bandStart; r < bandEnd; r++) {
                bandHeight += heights[r];
            }
            composer.ensure(bandHeight);
            double top = composer.y();
            for (int r = bandStart; r < bandEnd; r++) {
                for (RawCell cell : r < table.rows().size() ? table.rows().get(r) : List.<RawCell>of()) {
                    drawCell(cell, lefts, heights, top + offset(heights, bandStart, r), wrapped.get(cell), r == 0);
                }
            }
            composer.advance(bandHeight);
            bandStart = bandEnd;
        }
        composer.advance(TEXT_SIZE * 0.8);
    }

    private void drawCell(RawCell cell, double[] lefts, double[] heights, double top, List<PageComposer.Line> lines,
                          boolean header) throws IOException {
        int lastColumn = Math.min(cell.col() + cell.colSpan(), lefts.length - 1);
        double height = 0;
        for (int r = cell.row(); r < Math.min(cell.row() + cell.rowSpan(), heights.length); r++) {
            height += heights[r];
        }
        Box box = new Box(lefts[cell.col()], top, lefts[lastColumn] - lefts[cell.col()], height);
        int page = composer.page();
        List<PageComposer.DrawnLine> drawn = composer.cell(box, lines, TABLE_SIZE, header);
        if (cell.source() instanceof TextRange range) {
            if (range.isTableCell()) {
                cells.put(new CellKey(range.table(), range.row(), range.col()), new PageRegion(page, box));
            }
            if (range.length() == cell.text().length()) {
                spans.add(new Span(range.offset(), drawn));
            }
        }
    }

    /** Each column as wide as its longest one-column text wants, within bounds, scaled to fill the page's width. */
    private double[] columnWidths(TableBlock table, int columns) {
        double[] wanted = new double[columns];
        Arrays.fill(wanted, MIN_COLUMN);
        for (List<RawCell> row : table.rows()) {
            for (RawCell cell : row) {
                if (cell.colSpan() == 1) {
                    double longest = 0;
                    for (String part : cell.text().split("\n")) {
                        longest = Math.max(longest, composer.font().width(composer.font().printable(part),
                                TABLE_SIZE));
                    }
                    wanted[cell.col()] = Math.max(wanted[cell.col()], Math.min(MAX_COLUMN, longest + 2 * PADDING));
                }
            }
        }
        double total = 0;
        for (double w : wanted) {
            total += w;
        }
        double scale = (PageComposer.PAGE_WIDTH - 2 * PageComposer.MARGIN) / total;
        for (int c = 0; c < columns; c++) {
            wanted[c] *= scale;
        }
        return wanted;
    }

    /** Every row as tall as its tallest one-row cell needs; a cell spanning rows lengthens the last of them. */
    private double[] rowHeights(TableBlock table, int rows, double[] lefts, Map<RawCell, List<PageComposer.Line>> wrapped) {
        double lineHeight = TABLE_SIZE * PageComposer.LINE_SPACING;
        double[] heights = new double[rows];
        Arrays.fill(heights, lineHeight + 2 * PADDING);
        List<RawCell> spanning = new ArrayList<>();
        for (List<RawCell> row : table.rows()) {
            for (RawCell cell : row) {
                int lastColumn = Math.min(cell.col() + cell.colSpan(), lefts.length - 1);
                List<PageComposer.Line> lines = composer.wrap(cell.text(), TABLE_SIZE,
                        lefts[lastColumn] - lefts[cell.col()] - 2 * PADDING);
                wrapped.put(cell, lines);
                if (cell.rowSpan() > 1) {
                    spanning.add(cell);
                } else {
                    heights[cell.row()] = Math.max(heights[cell.row()], lines.size() * lineHeight + 2 * PADDING);
                }
            }
        }
        for (RawCell cell : spanning) {
            int last = Math.min(cell.row() + cell.rowSpan(), rows) - 1;
            double needed = wrapped.get(cell).size() * lineHeight + 2 * PADDING;
            double have = offset(heights, cell.row(), last + 1);
            if (have < needed) {
                heights[last] += needed - have;
            }
        }
        return heights;
    }

    /** The row after the rows from {@code start} that merged cells tie together: they go on one page. */
    private static int bandEnd(TableBlock table, int start, int rows) {
        int end = start + 1;
        for (int r = start; r < end && r < table.rows().size(); r++) {
            for (RawCell cell : table.rows().get(r)) {
                end = Math.max(end, Math.min(rows, cell.row() + cell.rowSpan()));
            }
        }
        return end;
    }

    private static double offset(double[] heights, int from, int to) {
        double sum = 0;
        for (int r = from; r < to; r++) {
            sum += heights[r];
        }
        return sum;
    }
}
