package org.reportauditor.app.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.reportauditor.app.source.DocumentBlock.Span;

/**
 * Lays a report's extracted text out as a document: lines of prose, and tables where the text has
 * them. Readers write a table either as a row per line with tab-separated cells (Word, HTML) or as a
 * cell per tab-indented line with blank lines between rows (text exports); in the latter, a short
 * line without a tab between cell lines is the rest of the cell above, wrapped.
 */
final class TextDocumentLayout {
    private static final int MAX_CONTINUATION = 12;
    /** A value cell: a number with perhaps a unit ("1,853", "-46", "3964万元"), or none ("/", "-", "无"). */
    private static final Pattern VALUE = Pattern.compile("[-+−]?\\d[\\d,，.．]*\\s*[万元个件项条次%％]*|[/\\-—－]+|无");
    private static final int MAX_VALUE_LENGTH = 14;
    /** A heading (一、 / （一） / 1.) is never the wrapped rest of a cell. */
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\\d+\\s*[、.．])");

    private final String text;
    private final List<int[]> lines = new ArrayList<>();
    private final List<DocumentBlock> blocks = new ArrayList<>();

    private TextDocumentLayout(String text) {
        this.text = text;
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int visibleEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new int[] {start, visibleEnd});
            start = end + 1;
        }
    }

    static List<DocumentBlock> of(String text) {
        TextDocumentLayout layout = new TextDocumentLayout(text == null ? "" : text);
        layout.run();
        return List.copyOf(layout.blocks);
    }

    private void run() {
        int i = 0;
        while (i < lines.size()) {
            String line = line(i);
            if (isTableLine(line)) {
                i = table(i);
            } else {
                if (!line.isBlank()) {
                    blocks.add(new DocumentBlock.Prose(stripped(i, 0)));
                }
                i++;
            }
        }
    }

    /** Reads the table starting at line {@code i}; returns the line after it. */
    private int table(int i) {
        List<List<Span>> rows = new ArrayList<>();
        List<Span> openRow = null;
        while (i < lines.size()) {
            String line = line(i);
            if (isTableLine(line)) {
                int leading = leadingTabs(line);
                if (line.indexOf('\t', leading) < 0) {
                    if (openRow == null) {
                        openRow = new ArrayList<>();
                        rows.add(openRow);
                    }
                    openRow.add(stripped(i, leading));
                } else {
                    openRow = null;
                    rows.add(cells(i));
                }
                i++;
            } else if (line.isBlank()) {
                int next = nextNonBlank(i);
                if (next >= lines.size() || !isTableLine(line(next)) && !isContinuation(next)) {
                    break;
                }
                openRow = null;
                i = next;
            } else if (isContinuation(i)) {
                openRow = rows.get(rows.size() - 1);
                Span last = openRow.remove(openRow.size() - 1);
                Span rest = stripped(i, 0);
                openRow.add(new Span(last.start(), rest.end(), last.text() + rest.text()));
                i++;
            } else {
                break;
            }
        }
        int[] values = rows.stream().mapToInt(TextDocumentLayout::trailingValues).toArray();
        int valueColumns = Arrays.stream(values).max().orElse(0);
        for (int r = 0; r < rows.size(); r++) {
            blocks.add(new DocumentBlock.Row(rows.get(r), values[r], valueColumns, r == 0));
        }
        return i;
    }

    /**
     * How many cells at the end of a row are values: numbers, blanks, "/" and the like. Empty cells
     * at the start of a row stand for labels merged from the rows above, not for values.
     */
    private static int trailingValues(List<Span> row) {
        int count = 0;
        for (int i = row.size() - 1; i >= 0 && isValue(row.get(i).text()); i--) {
            count++;
        }
        int leadingEmpty = 0;
        while (leadingEmpty < row.size() && row.get(leadingEmpty).text().isEmpty()) {
            leadingEmpty++;
        }
        return Math.min(count, row.size() - leadingEmpty);
    }

    private static boolean isValue(String cell) {
        return cell.isEmpty() || cell.length() <= MAX_VALUE_LENGTH && VALUE.matcher(cell).matches();
    }

    /** A short line without a tab, between cell lines: the wrapped rest of the cell above. */
    private boolean isContinuation(int i) {
        String line = line(i);
        if (line.indexOf('\t') >= 0 || line.isBlank() || line.strip().length() > MAX_CONTINUATION
                || HEADING.matcher(line).find() || line.contains("。") || i == 0) {
            return false;
        }
        int previous = i - 1;
        while (previous >= 0 && line(previous).isBlank() && line(previous).indexOf('\t') < 0) {
            previous--;
        }
        int next = nextNonBlank(i);
        return previous >= 0 && isCellLine(line(previous)) && next < lines.size() && isCellLine(line(next));
    }

    private List<Span> cells(int i) {
        int[] line = lines.get(i);
        List<Span> cells = new ArrayList<>();
        int from = line[0];
        while (true) {
            int tab = text.indexOf('\t', from);
            int to = tab < 0 || tab > line[1] ? line[1] : tab;
            cells.add(trim(from, to));
            if (to == line[1]) {
                return cells;
            }
            from = to + 1;
        }
    }

    private Span stripped(int i, int skip) {
        int[] line = lines.get(i);
        return trim(line[0] + skip, line[1]);
    }

    private Span trim(int from, int to) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end, text.substring(start, end));
    }

    private int nextNonBlank(int i) {
        int next = i + 1;
        while (next < lines.size() && line(next).isBlank() && line(next).indexOf('\t') < 0) {
            next++;
        }
        return next;
    }

    private String line(int i) {
        int[] line = lines.get(i);
        return text.substring(line[0], line[1]);
    }

    private static boolean isTableLine(String line) {
        return line.indexOf('\t') >= 0;
    }

    private static boolean isCellLine(String line) {
        return line.startsWith("\t") && line.indexOf('\t', leadingTabs(line)) < 0;
    }

    private static int leadingTabs(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '\t') {
            n++;
        }
        return n;
    }
}
