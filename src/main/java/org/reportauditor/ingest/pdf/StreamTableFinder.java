package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reportauditor.model.Box;

/**
 * Finds tables printed without ruling lines: runs of lines that split into chunks at wide gaps, where
 * the chunks of the lines stand in the same columns. Each line becomes a row; a column a line leaves
 * blank gets an empty cell. Such a grid is a guess from alignment, so its confidence is lower.
 */
final class StreamTableFinder {
    static final double CONFIDENCE = 0.6;
    /** Fewer lines with several chunks than this are no table. */
    private static final int MIN_ROWS = 3;
    /** Rows further apart than this many font sizes belong to different tables. */
    private static final double MAX_ROW_GAP = 2.5;
    /** Share of the multi-chunk lines whose chunks must all fall into columns. */
    private static final double MIN_ALIGNED = 0.7;

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
            TableFragment table = end > i ? table(run, page, frame) : null;
            if (table != null) {
                tables.add(table);
                i = end;
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
        return lastMulti + 1;
    }

    private static TableFragment table(List<TextLine> run, int page, PageFrame frame) {
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
        List<TableFragment.FragmentCell> cells = new ArrayList<>();
        for (int row = 0; row < run.size(); row++) {
            cells.addAll(rowCells(run.get(row), row, columns, page, frame));
        }
        double left = columns.get(0)[0];
        double right = columns.get(columns.size() - 1)[1];
        Box bounds = Box.ofCorners(left, run.get(0).top(), right, run.get(run.size() - 1).baseline());
        List<Double> edges = new ArrayList<>();
        edges.add(left);
        for (int c = 1; c < columns.size(); c++) {
            edges.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
        }
        edges.add(right);
        return new TableFragment(cells, run.size(), edges, CONFIDENCE, page, frame.toDisplay(bounds), page, bounds);
    }

    /**
     * The columns, as x intervals: the chunks of the lines with the most common number of chunks,
     * taken place by place. Null if those chunks overlap one another's columns.
     */
    private static List<double[]> columns(List<TextLine> multiLines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextLine line : multiLines) {
            counts.merge(line.chunks().size(), 1, Integer::sum);
        }
        int common = counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < common; c++) {
            columns.add(new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
        }
        for (TextLine line : multiLines) {
            if (line.chunks().size() == common) {
                for (int c = 0; c < common; c++) {
                    Box box = line.chunks().get(c).box();
                    columns.get(c)[0] = Math.min(columns.get(c)[0], box.x());
                    columns.get(c)[1] = Math.max(columns.get(c)[1], box.right());
                }
            }
        }
        for (int c = 1; c < common; c++) {
            if (columns.get(c)[0] <= columns.get(c - 1)[1]) {
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

    private static List<TableFragment.FragmentCell> rowCells(TextLine line, int row, List<double[]> columns,
            int page, PageFrame frame) {
        String[] texts = new String[columns.size()];
        Box[] boxes = new Box[columns.size()];
        int[] spans = new int[columns.size()];
        for (TextChunk chunk : line.chunks()) {
            int[] span = span(chunk.box(), columns);
            int col = span == null ? nearestColumn(chunk.box(), columns) : span[0];
            int last = span == null ? col : span[1];
            texts[col] = texts[col] == null ? chunk.text() : texts[col] + " " + chunk.text();
            boxes[col] = boxes[col] == null ? chunk.box() : boxes[col].union(chunk.box());
            spans[col] = Math.max(spans[col], last - col + 1);
        }
        List<TableFragment.FragmentCell> cells = new ArrayList<>();
        int col = 0;
        while (col < columns.size()) {
            // a chunk reaching over several columns makes one cell of them, with what they hold
            int end = col + Math.max(1, spans[col]);
            StringBuilder text = new StringBuilder();
            Box box = Box.ofCorners(columns.get(col)[0], line.top(), columns.get(col)[1], line.baseline());
            for (int c = col; c < end; c++) {
                end = Math.max(end, c + spans[c]);
                box = box.union(Box.ofCorners(columns.get(c)[0], line.top(), columns.get(c)[1], line.baseline()));
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
