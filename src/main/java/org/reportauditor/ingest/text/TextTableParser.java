package org.reportauditor.ingest.text;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.grammar.Numbering;
import org.reportauditor.ingest.Block;
import org.reportauditor.ingest.RawCell;
import org.reportauditor.ingest.TableBlock;
import org.reportauditor.ingest.TextBlock;
import org.reportauditor.model.Paragraph;
import org.reportauditor.model.SourceLocation;

/**
 * Splits a text report into paragraphs and tables. Two table layouts occur in text extracted from
 * real reports: a row per line with cells separated by tabs, and a cell per line (each starting
 * with a tab) with rows separated by blank lines. In the second, a cell's text can wrap onto
 * following lines that do not start with a tab ("（三）不予" / "公开").
 */
final class TextTableParser {
    private static final int MAX_CONTINUATION = 12;

    private final String text;
    private final List<Block> blocks = new ArrayList<>();
    private List<List<RawCell>> rows = new ArrayList<>();
    private List<RawCell> row;
    private boolean cellLayout;
    private boolean rowBreak;
    private int tableStart;

    private TextTableParser(String text) {
        this.text = text;
    }

    static List<Block> parse(String text) {
        TextTableParser parser = new TextTableParser(text);
        parser.run();
        return parser.blocks;
    }

    private record Line(int start, int end) {
    }

    private void run() {
        List<Line> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String s = text.substring(line.start, line.end);
            if (s.isBlank() && s.indexOf('\t') < 0) {
                rowBreak = true;
                continue;
            }
            int firstTab = s.indexOf('\t');
            boolean tabRow = firstTab >= 0 && s.substring(leadingTabs(s)).indexOf('\t') >= 0;
            if (tabRow) {
                tabRow(line, s);
            } else if (s.startsWith("\t")) {
                cellLine(line, s);
            } else if (isContinuation(lines, i, s)) {
                appendToLastCell(line, s);
            } else {
                endTable();
                paragraph(line, s);
            }
            rowBreak = false;
        }
        endTable();
    }

    private void tabRow(Line line, String s) {
        if (rows.isEmpty() || cellLayout) {
            endTable();
            cellLayout = false;
            tableStart = line.start;
        }
        List<RawCell> cells = new ArrayList<>();
        int from = 0;
        int col = 0;
        while (true) {
            int tab = s.indexOf('\t', from);
            int to = tab < 0 ? s.length() : tab;
            cells.add(cell(line.start + from, line.start + to, rows.size(), col++));
            if (tab < 0) {
                break;
            }
            from = tab + 1;
        }
        rows.add(cells);
        row = cells;
    }

    private void cellLine(Line line, String s) {
        if (rows.isEmpty() || !cellLayout) {
            endTable();
            cellLayout = true;
            tableStart = line.start;
        }
        if (row == null || rowBreak) {
            row = new ArrayList<>();
            rows.add(row);
        }
        int from = leadingTabs(s);
        row.add(cell(line.start + from, line.end, rows.size() - 1, row.size()));
    }

    /**
     * A short line that does not start with a tab, inside a cell-per-line table, between cell lines:
     * the rest of the cell above, wrapped.
     */
    private boolean isContinuation(List<Line> lines, int i, String s) {
        if (!cellLayout || row == null || row.isEmpty() || s.strip().length() > MAX_CONTINUATION
                || Numbering.startsHeading(s) || s.contains("。")) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            String next = text.substring(lines.get(j).start, lines.get(j).end);
            if (!next.isBlank() || next.indexOf('\t') >= 0) {
                return next.startsWith("\t") || isShortNonHeading(next);
            }
        }
        return false;
    }

    private static boolean isShortNonHeading(String s) {
        // a heading (一、 / （一） / 1、 at the start of a line) never continues a cell
        return s.strip().length() <= MAX_CONTINUATION && !Numbering.startsHeading(s);
    }

    private void appendToLastCell(Line line, String s) {
        RawCell last = row.remove(row.size() - 1);
        SourceLocation.TextRange range = (SourceLocation.TextRange) last.source();
        int start = range.length() == 0 ? line.start : range.offset();
        String joined = last.text().isEmpty() ? s.strip() : last.text() + "\n" + s.strip();
        int end = line.start + s.stripTrailing().length();
        row.add(new RawCell(joined, last.row(), last.col(), 1, 1, SourceLocation.TextRange.of(start, end - start)));
    }

    private RawCell cell(int from, int to, int rowIndex, int col) {
        String raw = text.substring(from, to);
        String stripped = raw.strip();
        int start = stripped.isEmpty() ? from : from + leadingWhitespace(raw);
        return new RawCell(stripped, rowIndex, col, 1, 1, SourceLocation.TextRange.of(start, stripped.length()));
    }

    private void paragraph(Line line, String s) {
        String stripped = s.strip();
        blocks.add(new TextBlock(Paragraph.of(stripped,
                SourceLocation.TextRange.of(line.start + leadingWhitespace(s), stripped.length()))));
    }

    private void endTable() {
        if (!rows.isEmpty()) {
            int end = lastCellEnd();
            blocks.add(new TableBlock(rows, 1.0, SourceLocation.TextRange.of(tableStart, end - tableStart)));
        }
        rows = new ArrayList<>();
        row = null;
    }

    private int lastCellEnd() {
        int end = tableStart;
        for (List<RawCell> r : rows) {
            for (RawCell c : r) {
                SourceLocation.TextRange range = (SourceLocation.TextRange) c.source();
                end = Math.max(end, range.end());
            }
        }
        return end;
    }

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(start, text.length()));
        }
        return lines;
    }

    private static int leadingWhitespace(String s) {
        int n = 0;
        while (n < s.length() && Character.isWhitespace(s.charAt(n))) {
            n++;
        }
        return n;
    }

    private static int leadingTabs(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == '\t') {
            n++;
        }
        return n;
    }
}
