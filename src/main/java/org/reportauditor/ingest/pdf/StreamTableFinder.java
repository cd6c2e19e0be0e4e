package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.reportauditor.model.Box;

/**
 * Finds tables printed without ruling lines: runs of lines that split into chunks at wide gaps, where
 * the chunks of the lines stand in the same columns. Each line is a row (a label wrapped over two
 * lines makes one row); a column a row leaves blank gets an empty cell. Such a grid is a guess from
 * alignment, so its confidence is lower.
 */
final class StreamTableFinder {
    private static final double CONFIDENCE = 0.6;
    /** Fewer lines with several chunks than this are no table. */
    private static final int MIN_ROWS = 3;
    /** Rows further apart than this many font sizes belong to different tables. */
    private static final double MAX_ROW_GAP = 2.5;
    /** Share of the multi-chunk lines whose chunks must all fall into columns. */
    private static final double MIN_ALIGNED = 0.7;
    /** Lines closer than this many font sizes (bottom to top) are set with tight line spacing. */
    private static final double TIGHT_GAP = 0.8;
    /** Each column must hold text in at least one in this many body lines; prose has no such gaps. */
    private static final int MIN_COLUMN_USE = 3;
    /** A line closer than this share of the usual row pitch to the line above goes on its row. */
    private static final double WRAPPED_PITCH = 0.75;

    private StreamTableFinder() {
    }

    /** The tables among some lines, and the lines left as prose. */
    record Result(List<TableFragment> tables, List<TextLine> prose) {
    }

    static Result find(List<TextLine> lines, int page, PageFrame frame) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(TextLine::top));
        List<TableFragment> tables = new ArrayList<>();
        List<TextLine> prose = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int end = runEnd(sorted, i);
            List<TextLine> run = sorted.subList(i, end);
            Found table = end > i ? table(run, page, frame) : null;
            if (table != null) {
                tables.add(table.table());
                i += table.lines();
            } else {
                prose.add(sorted.get(i));
                i++;
            }
        }
        return new Result(tables, prose);
    }

    private static boolean multi(TextLine line) {
        return line.chunks().size() >= 2;
    }

    /**
     * The end (exclusive) of the run of table-like lines starting at {@code start}: multi-chunk lines
     * close to one another, with single-chunk lines between them (a label row); empty if the line
     * at {@code start} has a single chunk.
     */
    private static int runEnd(List<TextLine> lines, int start) {
        if (!multi(lines.get(start))) {
            return start;
        }
        int lastMulti = start;
        for (int i = start + 1; i < lines.size(); i++) {
            TextLine previous = lines.get(i - 1);
            TextLine line = lines.get(i);
            if (line.top() - previous.baseline() > MAX_ROW_GAP * Math.max(line.size(), previous.size())) {
                break;
            }
            if (multi(line)) {
                lastMulti = i;
            }
        }
        int end = lastMulti + 1;
        // a label wrapped below the last row
        while (end < lines.size() && !multi(lines.get(end))
                && lines.get(end).top() - lines.get(end - 1).baseline() < TIGHT_GAP * lines.get(end).size()) {
            end++;
        }
        return end;
    }

    /** A table and how many lines of the run it took. */
    private record Found(TableFragment table, int lines) {
    }

    private static Found table(List<TextLine> run, int page, PageFrame frame) {
        List<TextLine> multiLines = run.stream().filter(StreamTableFinder::multi).toList();
        if (multiLines.size() < MIN_ROWS) {
            return null;
        }
        List<double[]> columns = columns(multiLines);
        if (columns == null) {
            return null;
        }
        long aligned = multiLines.stream().filter(line -> aligned(line, columns)).count();
        if (aligned < MIN_ALIGNED * multiLines.size()) {
            return null;
        }
        List<List<TextLine>> rows = rows(run, multiLines);
        // lines after the last row that did not turn out to be wrapped parts of it are prose
        while (rows.get(rows.size() - 1).stream().noneMatch(StreamTableFinder::multi)) {
            rows.remove(rows.size() - 1);
        }
        List<TextLine> taken = rows.stream().flatMap(List::stream).toList();
        List<TableFragment.FragmentCell> cells = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            cells.addAll(rowCells(rows.get(row), row, columns, page, frame));
        }
        double left = columns.get(0)[0];
        double right = columns.get(columns.size() - 1)[1];
        Box bounds = Box.ofCorners(left, taken.get(0).top(), right, taken.get(taken.size() - 1).baseline());
        List<Double> edges = new ArrayList<>();
        edges.add(left);
        for (int c = 1; c < columns.size(); c++) {
            edges.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
        }
        edges.add(right);
        return new Found(new TableFragment(cells, rows.size(), edges, CONFIDENCE, page, frame.toDisplay(bounds), page,
                bounds), taken.size());
    }

    /**
     * The lines of each row: a line much closer to the one above than rows are to one another goes
     * on the row above (a label wrapped over two lines).
     */
    private static List<List<TextLine>> rows(List<TextLine> run, List<TextLine> multiLines) {
        List<Double> pitches = new ArrayList<>();
        for (int i = 1; i < multiLines.size(); i++) {
            pitches.add(multiLines.get(i).baseline() - multiLines.get(i - 1).baseline());
        }
        pitches.sort(Double::compare);
        double rowPitch = pitches.get((pitches.size() - 1) / 2);
        List<List<TextLine>> rows = new ArrayList<>();
        TextLine previous = null;
        for (TextLine line : run) {
            boolean wrapped = previous != null && line.baseline() - previous.baseline() < WRAPPED_PITCH * rowPitch;
            if (!wrapped) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(line);
            previous = line;
        }
        return rows;
    }

    /**
     * The columns, as x intervals: the stretches that the chunks of the table's body lines cover,
     * between the gaps that run through all of them. Lines with fewer chunks than most (a header
     * spanning several columns) do not count. Null if there are not two columns that most lines use.
     */
    private static List<double[]> columns(List<TextLine> multiLines) {
        List<Integer> counts = multiLines.stream().map(line -> line.chunks().size()).sorted().toList();
        int usual = counts.get(counts.size() / 2);
        List<TextLine> body = multiLines.stream().filter(line -> line.chunks().size() >= usual).toList();
        List<Box> chunks = body.stream().flatMap(line -> line.chunks().stream()).map(TextChunk::box)
                .sorted(Comparator.comparingDouble(Box::x)).toList();
        List<double[]> columns = new ArrayList<>();
        for (Box chunk : chunks) {
            double[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && chunk.x() <= last[1]) {
                last[1] = Math.max(last[1], chunk.right());
            } else {
                columns.add(new double[] {chunk.x(), chunk.right()});
            }
        }
        if (columns.size() < 2) {
            return null;
        }
        for (double[] column : columns) {
            long using = body.stream().filter(line -> line.chunks().stream()
                    .anyMatch(chunk -> chunk.box().x() < column[1] && chunk.box().right() > column[0])).count();
            if (using * MIN_COLUMN_USE < body.size()) {
                return null;
            }
        }
        return columns;
    }

    /** Whether every chunk of a line falls into exactly one column. */
    private static boolean aligned(TextLine line, List<double[]> columns) {
        return line.chunks().stream().allMatch(chunk -> {
            int[] span = span(chunk.box(), columns);
            return span != null && span[0] == span[1];
        });
    }

    /** The first and last column a box overlaps, or null if it falls between columns. */
    private static int[] span(Box box, List<double[]> columns) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < columns.size(); c++) {
            if (box.x() < columns.get(c)[1] && box.right() > columns.get(c)[0]) {
                if (first < 0) {
                    first = c;
                }
                last = c;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    private static List<TableFragment.FragmentCell> rowCells(List<TextLine> lines, int row, List<double[]> columns,
            int page, PageFrame frame) {
        String[] texts = new String[columns.size()];
        Box[] boxes = new Box[columns.size()];
        int[] spans = new int[columns.size()];
        for (TextLine line : lines) {
            String[] lineTexts = new String[columns.size()];
            for (TextChunk chunk : line.chunks()) {
                int[] span = span(chunk.box(), columns);
                int col = span == null ? nearestColumn(chunk.box(), columns) : span[0];
                int last = span == null ? col : span[1];
                lineTexts[col] = lineTexts[col] == null ? chunk.text() : lineTexts[col] + " " + chunk.text();
                boxes[col] = boxes[col] == null ? chunk.box() : boxes[col].union(chunk.box());
                spans[col] = Math.max(spans[col], last - col + 1);
            }
            for (int c = 0; c < columns.size(); c++) {
                if (lineTexts[c] != null) {
                    texts[c] = texts[c] == null ? lineTexts[c] : texts[c] + "\n" + lineTexts[c];
                }
            }
        }
        double top = lines.get(0).top();
        double bottom = lines.get(lines.size() - 1).baseline();
        List<TableFragment.FragmentCell> cells = new ArrayList<>();
        int col = 0;
        while (col < columns.size()) {
            // a chunk reaching over several columns makes one cell of them, with what they hold
            int end = col + Math.max(1, spans[col]);
            StringBuilder text = new StringBuilder();
            Box box = Box.ofCorners(columns.get(col)[0], top, columns.get(col)[1], bottom);
            for (int c = col; c < end; c++) {
                end = Math.max(end, c + spans[c]);
                box = box.union(Box.ofCorners(columns.get(c)[0], top, columns.get(c)[1], bottom));
                if (texts[c] != null) {
                    text.append(text.isEmpty() ? "" : " ").append(texts[c]);
                    box = box.union(boxes[c]);
                }
            }
            cells.add(new TableFragment.FragmentCell(text.toString(), row, col, 1, end - col, page,
                    frame.toDisplay(box)));
            col = end;
        }
        return cells;
    }

    private static int nearestColumn(Box box, List<double[]> columns) {
        int nearest = 0;
        double best = Double.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            double distance = Math.abs((columns.get(c)[0] + columns.get(c)[1]) / 2 - box.centerX());
            if (distance < best) {
                best = distance;
                nearest = c;
            }
        }
        return nearest;
    }
}
