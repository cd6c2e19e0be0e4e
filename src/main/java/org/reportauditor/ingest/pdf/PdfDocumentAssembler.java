package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reportauditor.ingest.Block;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.model.Paragraph;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.TextPiece;

/**
 * Puts the laid-out pages together into the blocks of a raw document: drops page furniture, finds the
 * tables drawn without lines, groups prose into paragraphs, joins tables and paragraphs that go on
 * over a page break, and writes the blocks in reading order with the document's plain text.
 */
final class PdfDocumentAssembler {

    /** The blocks of a document and its plain text (paragraphs by lines, table cells by tabs). */
    record Assembled(List<Block> blocks, String text) {
    }

    private PdfDocumentAssembler() {
    }

    static Assembled assemble(List<PageLayout> layouts) {
        List<PageLayout> pages = PageFurniture.remove(layouts);
        List<List<PageItem>> tablesByPage = new ArrayList<>();
        List<List<TextLine>> proseByPage = new ArrayList<>();
        Map<Long, List<TextLine>> proseByWidth = new HashMap<>();
        for (PageLayout page : pages) {
            StreamTableFinder.Result found = StreamTableFinder.find(page.lines(), page.page(), page.frame());
            List<PageItem> tables = new ArrayList<>(page.tables());
            tables.addAll(found.tables());
            tablesByPage.add(tables);
            proseByPage.add(found.prose());
            proseByWidth.computeIfAbsent(Math.round(page.frame().uprightWidth()), w -> new ArrayList<>())
                    .addAll(found.prose());
        }
        Map<Long, TextMargins> margins = new HashMap<>();
        proseByWidth.forEach((width, lines) -> margins.put(width, TextMargins.of(lines)));
        List<PageItem> items = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PageLayout page = pages.get(i);
            ParagraphBuilder paragraphs = new ParagraphBuilder(margins.get(Math.round(page.frame().uprightWidth())));
            List<PageItem> pageItems = pageItems(tablesByPage.get(i), proseByPage.get(i), paragraphs, page);
            appendJoining(items, pageItems, page.page());
        }
        return write(items);
    }

    /** Tables and paragraphs of one page in reading order; paragraphs never run across a table. */
    private static List<PageItem> pageItems(List<PageItem> tables, List<TextLine> prose, ParagraphBuilder builder,
            PageLayout page) {
        List<PageItem> sortedTables = new ArrayList<>(tables);
        sortedTables.sort(Comparator.comparingDouble(PageItem::top));
        List<TextLine> lines = new ArrayList<>(prose);
        lines.sort(Comparator.comparingDouble(TextLine::top));
        List<PageItem> items = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        int next = 0;
        for (TextLine line : lines) {
            while (next < sortedTables.size() && sortedTables.get(next).top() < line.top()) {
                items.addAll(builder.paragraphs(run, page.page(), page.frame()));
                run.clear();
                items.add(sortedTables.get(next++));
            }
            run.add(line);
        }
        items.addAll(builder.paragraphs(run, page.page(), page.frame()));
        items.addAll(sortedTables.subList(next, sortedTables.size()));
        return items;
    }

    /** Appends a page's items, joining its first one to the last one before when it goes on from there. */
    private static void appendJoining(List<PageItem> items, List<PageItem> pageItems, int page) {
        if (!items.isEmpty() && !pageItems.isEmpty()) {
            PageItem last = items.get(items.size() - 1);
            PageItem first = pageItems.get(0);
            if (last instanceof TableFragment table && first instanceof TableFragment next
                    && TableJoiner.continues(table, next)) {
                items.set(items.size() - 1, TableJoiner.join(table, next));
                pageItems = pageItems.subList(1, pageItems.size());
            } else if (last instanceof ParagraphDraft paragraph && first instanceof ParagraphDraft next
                    && paragraph.openEnd() && !next.freshStart()
                    && paragraph.lines().get(paragraph.lines().size() - 1).page() == page - 1) {
                items.set(items.size() - 1, paragraph.followedBy(next));
                pageItems = pageItems.subList(1, pageItems.size());
            }
        }
        items.addAll(pageItems);
    }

    private static Assembled write(List<PageItem> items) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (PageItem item : items) {
            if (item instanceof TableFragment table) {
                blocks.add(tableBlock(table, text));
            } else if (item instanceof ParagraphDraft paragraph) {
                TextBlock block = new TextBlock(paragraph(paragraph));
                blocks.add(block);
                text.append(block.text()).append('\n');
            }
        }
        return new Assembled(blocks, text.toString());
    }

    private static TableBlock tableBlock(TableFragment table, StringBuilder text) {
        List<List<RawCell>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            rows.add(new ArrayList<>());
        }
        List<TableFragment.FragmentCell> cells = new ArrayList<>(table.cells());
        cells.sort(Comparator.comparingInt(TableFragment.FragmentCell::row)
                .thenComparingInt(TableFragment.FragmentCell::col));
        for (TableFragment.FragmentCell cell : cells) {
            rows.get(cell.row()).add(new RawCell(cell.text(), cell.row(), cell.col(), cell.rowSpan(), cell.colSpan(),
                    new SourceLocation.PageRegion(cell.page(), cell.box())));
        }
        for (List<RawCell> row : rows) {
            text.append(String.join("\t", row.stream().map(c -> c.text().replace('\n', ' ')).toList())).append('\n');
        }
        return new TableBlock(rows, table.confidence(),
                new SourceLocation.PageRegion(table.firstPage(), table.firstBounds()));
    }

    /** The paragraph's text, its lines joined, each line a piece that says where it stands. */
    private static Paragraph paragraph(ParagraphDraft draft) {
        StringBuilder text = new StringBuilder();
        List<TextPiece> pieces = new ArrayList<>();
        SourceLocation.PageRegion source = null;
        for (ParagraphDraft.PlacedLine line : draft.lines()) {
            if (!text.isEmpty() && needsSpace(text, line.text())) {
                text.append(' ');
            }
            int start = text.length();
            text.append(line.text());
            SourceLocation.PageRegion region = new SourceLocation.PageRegion(line.page(), line.box());
            pieces.add(new TextPiece(start, text.length(), region));
            source = source == null ? region : source.union(region);
        }
        return new Paragraph(text.toString(), source, pieces);
    }

    /** Chinese lines join without a separator; Latin words and numbers at a line break get a space. */
    private static boolean needsSpace(CharSequence before, String after) {
        int last = Character.codePointBefore(before, before.length());
        return !Scripts.isCjk(last) && !Scripts.isCjk(after.codePointAt(0));
    }
}
