package org.reportauditor.ingest.word;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.util.DocumentFormatException;
import org.apache.poi.util.RecordFormatException;
import org.reportauditor.ingest.TextAccumulator;

/**
 * Reads the main text of a .doc (through Apache POI HWPF) in document order into paragraphs and
 * tables, like {@link DocxBodyWalker} does for .docx: visible text only (no hidden or deleted runs,
 * no field instructions, no object anchors), list labels as Word shows them. A .doc marks table
 * paragraphs with their nesting level; a table holding deeper paragraphs is layout, read as prose
 * around its inner tables.
 */
final class DocBodyWalker {
    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';
    private static final char NON_BREAKING_HYPHEN = '\u001E';
    /** Word's nesting limit is far lower; a deeper level is a broken file. */
    private static final int MAX_TABLE_LEVEL = 64;

    private final Range range;
    private final TextAccumulator out;
    private final LostParts lost;
    private int tables;
    private final DocListLabels listLabels = new DocListLabels();
    private final FieldNesting fields = new FieldNesting();

    DocBodyWalker(Range range, TextAccumulator out, LostParts lost) {
        this.range = range;
        this.out = out;
        this.lost = lost;
    }

    /** Reads the whole range. */
    void read() {
        blocks(0, range.numParagraphs(), 0);
    }

    /** Reads paragraphs {@code from..to}, all inside tables deeper than {@code level} or not. */
    private void blocks(int from, int to, int level) {
        int i = from;
        while (i < to) {
            Paragraph paragraph = range.getParagraph(i);
            int paragraphLevel = tableLevel(paragraph);
            if (paragraphLevel <= level) {
                out.paragraphs(paragraphText(paragraph));
                i++;
                continue;
            }
            int end = i;
            boolean deeper = false;
            while (end < to) {
                int endLevel = tableLevel(range.getParagraph(end));
                if (endLevel <= level) {
                    break;
                }
                deeper |= endLevel > level + 1;
                end++;
            }
            if (deeper || paragraphLevel != level + 1) {
                blocks(i, end, level + 1);
                i = end;
            } else {
                i += table(paragraph, end - i);
            }
        }
    }

    /** A paragraph's table nesting level, 0 outside tables; bounded, as a damaged file can claim any level. */
    private static int tableLevel(Paragraph paragraph) {
        return paragraph.isInTable() ? Math.max(1, Math.min(MAX_TABLE_LEVEL, paragraph.getTableLevel())) : 0;
    }

    /**
     * Reads the table that starts at {@code first}, of at most {@code paragraphs} paragraphs, and says
     * how many it took. A table whose structures POI cannot make sense of is a part lost: its
     * paragraphs are skipped, the rest of the document read.
     */
    private int table(Paragraph first, int paragraphs) {
        tables++;
        try {
            Table table = range.getTable(first);
            readTable(table);
            return Math.max(1, Math.min(table.numParagraphs(), paragraphs));
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException
                 | NoSuchElementException | RecordFormatException | DocumentFormatException e) {
            lost.damaged("problem.tableUnread", tables);
            return paragraphs;
        }
    }

    private void readTable(Table table) {
        List<List<TableCell>> rows = new ArrayList<>();
        List<Integer> edges = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                cells.add(cell);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
            rows.add(cells);
        }
        DocColumnEdges columns = DocColumnEdges.of(edges.stream().mapToInt(Integer::intValue).toArray());
        WordTableGrid grid = new WordTableGrid();
        for (List<TableCell> cells : rows) {
            List<WordTableGrid.StoredCell> stored = new ArrayList<>(cells.size());
            for (TableCell cell : cells) {
                int left = cell.getLeftEdge();
                stored.add(new WordTableGrid.StoredCell(cellText(cell), columns.column(left),
                        columns.span(left, left + cell.getWidth()), verticalMerge(cell),
                        cell.isMerged() && !cell.isFirstMerged()));
            }
            grid.addRow(stored);
        }
        if (!grid.isEmpty()) {
            grid.writeTo(out);
        }
    }

    private static WordTableGrid.VerticalMerge verticalMerge(TableCell cell) {
        if (cell.isFirstVerticallyMerged()) {
            return WordTableGrid.VerticalMerge.RESTART;
        }
        return cell.isVerticallyMerged() ? WordTableGrid.VerticalMerge.CONTINUE : WordTableGrid.VerticalMerge.NONE;
    }

    private String cellText(TableCell cell) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(paragraphText(cell.getParagraph(p)));
        }
        return text.toString();
    }

    /** A paragraph's visible text, its list label first. */
    private String paragraphText(Paragraph paragraph) {
        StringBuilder text = new StringBuilder(listLabels.next(paragraph));
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            CharacterRun run = paragraph.getCharacterRun(r);
            if (run != null) {
                appendVisible(run, text);
            }
        }
        return text.toString();
    }

    private void appendVisible(CharacterRun run, StringBuilder text) {
        boolean hidden = run.isVanished() || run.isFldVanished() || run.isMarkedDeleted();
        String chars = run.text();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == FIELD_BEGIN) {
                fields.begin();
            } else if (c == FIELD_SEPARATOR) {
                fields.separate();
            } else if (c == FIELD_END) {
                fields.end();
            } else if (!hidden && fields.showsText()) {
                appendCharacter(c, text);
            }
        }
    }

    /** Appends a character of the text stream; control characters mark paragraphs, cells and objects, not text. */
    private static void appendCharacter(char c, StringBuilder text) {
        if (c == '\u000B' || c == '\u000C' || c == '\u000E') {
            text.append('\n');
        } else if (c == NON_BREAKING_HYPHEN) {
            text.append('-');
        } else if (c == '\t' || c >= ' ') {
            text.append(c);
        }
    }
}
