package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.reportauditor.model.Box;

/**
 * Finds tables printed without ruling lines (a web page printed, a Word table without borders).
 * Lines that hold numbers in several columns anchor a table's rows; consecutive anchor lines whose
 * numbers stand in the same columns, with nothing between them that reads as prose, are one
 * table. Above them the table takes the lines of its header, below them what wraps from its last
 * row; a heading, a paragraph or a change of font size ends it. {@link StreamRows} groups its text
 * into rows and {@link StreamColumns} into columns; a column a row leaves blank gets an empty cell.
 */
final class StreamTableFinder {
    /** A lone anchor line makes a table only with this many numbers (a table's row of totals). */
    private static final int MIN_NUMBERS_OF_LONE_ANCHOR = 3;
    /** Share of an anchor's numbers that must stand in the columns of the anchors above it. */
    private static final double ALIGNED_SHARE = 0.5;
    /** Numbers whose left ends, middles or right ends are this many font sizes apart stand in one column. */
    private static final double ALIGNMENT = 0.3;
    /** How many anchors above a new one its numbers are compared with (rows may leave cells blank). */
    private static final int RECENT_ANCHORS = 3;
    /** Lines of a table are never further apart than this many font sizes. */
    private static final double MAX_ROW_GAP = 4.0;
    /** A header line stands no further than this many font sizes above the rest of the table. */
    private static final double MAX_HEADER_GAP = 3.0;
    /** A single run of text this wide (share of the table's width, or of the page's text) is prose, not a cell. */
    private static final double PROSE_WIDTH = 0.6;
    /** Only sentences hold these. */
    private static final String SENTENCE_MARKS = "。；！？";
    /** Tables with more chunks than this on one page are not looked at: no report prints such. */
    private static final int MAX_CHUNKS = 5_000;

    private StreamTableFinder() {
    }

    /** The tables among some lines, and the lines left as prose. */
    record Result(List<TableFragment> tables, List<TextLine> prose) {
    }

    static Result find(List<TextLine> lines, int page, PageFrame frame) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(TextLine::top));
        boolean[] used = new boolean[sorted.size()];
        List<TableFragment> tables = new ArrayList<>();
        double widest = sorted.stream().mapToDouble(l -> l.box().width()).max().orElse(0);
        int floor = 0;
        for (AnchorGroup group : anchorGroups(sorted, widest)) {
            int start = headerStart(sorted, group, floor);
            int end = trailingEnd(sorted, group);
            List<TextLine> region = sorted.subList(start, end);
            if (region.stream().mapToInt(l -> l.chunks().size()).sum() > MAX_CHUNKS) {
                continue;
            }
            List<StreamRows.Row> rows = new ArrayList<>(StreamRows.rows(region));
            // what follows the last anchored row and did not turn out to be part of it is not the table's
            while (!rows.get(rows.size() - 1).anchored()) {
                rows.remove(rows.size() - 1);
            }
            StreamColumns columns = StreamColumns.of(rows);
            if (columns.count() < 2 || !group.enough() && !underItsHeader(rows)) {
                continue;
            }
            tables.add(fragment(rows, columns, page, frame));
            for (StreamRows.Row row : rows) {
                for (StreamRows.Piece piece : row.pieces()) {
                    used[start + piece.lineIndex()] = true;
                    floor = Math.max(floor, start + piece.lineIndex() + 1);
                }
            }
        }
        List<TextLine> prose = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (!used[i]) {
                prose.add(sorted.get(i));
            }
        }
        return new Result(tables, prose);
    }

    /**
     * Consecutive anchor lines of one table (indexes into the sorted lines), with their size and
     * width, and the width of the widest line of the page (what prose runs to).
     */
    private static final class AnchorGroup {
        private final List<Integer> anchors = new ArrayList<>();
        private final List<TextLine> lines = new ArrayList<>();
        private final double widestLine;
        private double left = Double.MAX_VALUE;
        private double right = -Double.MAX_VALUE;
        /** The median type size of the lines, worked out when first asked for after a line is added. */
        private double size = Double.NaN;

        AnchorGroup(double widestLine) {
            this.widestLine = widestLine;
        }

        void add(int index, TextLine line) {
            anchors.add(index);
            lines.add(line);
            size = Double.NaN;
            left = Math.min(left, line.left());
            right = Math.max(right, line.right());
        }

        int first() {
            return anchors.get(0);
        }

        int last() {
            return anchors.get(anchors.size() - 1);
        }

        double size() {
            if (Double.isNaN(size)) {
                List<Double> sizes = lines.stream().map(TextLine::size).sorted().toList();
                size = sizes.get(sizes.size() / 2);
            }
            return size;
        }

        /** How wide a single run of text must be to read as prose. */
        double proseWidth() {
            return PROSE_WIDTH * Math.max(right - left, widestLine);
        }

        /** Whether the anchors alone make a table: two rows of numbers, or one long row. */
        boolean enough() {
            return anchors.size() >= 2
                    || lines.get(0).chunks().stream().filter(TextChunk::isNumber).count() >= MIN_NUMBERS_OF_LONE_ANCHOR;
        }

        /** Whether most numbers of a line stand in columns of the numbers of the last anchors. */
        boolean aligns(TextLine line) {
            List<Box> recent = lines.subList(Math.max(0, lines.size() - RECENT_ANCHORS), lines.size()).stream()
                    .flatMap(l -> l.chunks().stream()).filter(TextChunk::isNumber).map(TextChunk::box).toList();
            double tolerance = ALIGNMENT * line.size();
            List<TextChunk> numbers = line.chunks().stream().filter(TextChunk::isNumber).toList();
            long aligned = numbers.stream().filter(n -> recent.stream().anyMatch(r ->
                    Math.abs(r.x() - n.box().x()) <= tolerance || Math.abs(r.right() - n.box().right()) <= tolerance
                            || Math.abs(r.centerX() - n.box().centerX()) <= tolerance)).count();
            return aligned > 0 && aligned >= ALIGNED_SHARE * numbers.size();
        }
    }

    private static List<AnchorGroup> anchorGroups(List<TextLine> lines, double widestLine) {
        List<AnchorGroup> groups = new ArrayList<>();
        AnchorGroup current = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!StreamRows.isAnchor(line)) {
                continue;
            }
            if (current == null || !current.aligns(line) || !joinable(lines, current, i)) {
                current = new AnchorGroup(widestLine);
                groups.add(current);
            }
            current.add(i, line);
        }
        return groups;
    }

    /** Whether the lines from the group's last anchor down to line {@code next} keep to one table. */
    private static boolean joinable(List<TextLine> lines, AnchorGroup group, int next) {
        for (int i = group.last() + 1; i <= next; i++) {
            TextLine line = lines.get(i);
            if (line.top() - lines.get(i - 1).baseline() > MAX_ROW_GAP * group.size()
                    || i < next && breaks(line, group)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line can be no part of the table: type larger than the table's (a heading; smaller
     * type is a label shrunk to fit its cell), or a single run of prose (a sentence, or as wide as
     * prose runs).
     */
    private static boolean breaks(TextLine line, AnchorGroup group) {
        if (line.size() > (1 + StreamRows.SIZE_CHANGE) * group.size()) {
            return true;
        }
        return line.chunks().size() == 1 && (line.text().chars().anyMatch(c -> SENTENCE_MARKS.indexOf(c) >= 0)
                || line.box().width() >= group.proseWidth());
    }

    /**
     * The first line of the table: its first anchor, or the first of the header lines above it
     * (lines of the table's size that are neither prose nor a heading), or of lines standing beside
     * them; never one above {@code floor}.
     */
    private static int headerStart(List<TextLine> lines, AnchorGroup group, int floor) {
        int start = group.first();
        double top = lines.get(start).top();
        for (int i = start - 1; i >= floor; i--) {
            TextLine line = lines.get(i);
            double gap = top - line.baseline();
            boolean beside = gap < -StreamRows.OVERLAP * line.size();
            boolean header = gap <= MAX_HEADER_GAP * group.size() && !StreamRows.isAnchor(line)
                    && !breaks(line, group) && !(line.chunks().size() == 1 && ParagraphBuilder.isHeading(line.compactText()))
                    && line.right() > group.left && line.left() < group.right;
            if (!beside && !header) {
                break;
            }
            start = i;
            top = Math.min(top, line.top());
        }
        return start;
    }

    /** The end (exclusive) of the lines that may go on the table's last row: lines close below it. */
    private static int trailingEnd(List<TextLine> lines, AnchorGroup group) {
        int end = group.last() + 1;
        while (end < lines.size() && !StreamRows.isAnchor(lines.get(end))
                && lines.get(end).top() - lines.get(end - 1).baseline() <= StreamRows.MAX_WRAP_GAP * group.size()) {
            end++;
        }
        return end;
    }

    /**
     * Whether the one anchored row of some rows stands under a header row whose text heads its
     * runs one by one: a small table of a single row of numbers.
     */
    private static boolean underItsHeader(List<StreamRows.Row> rows) {
        int anchored = rows.size() - 1;
        if (anchored == 0 || rows.get(anchored - 1).anchored()) {
            return false;
        }
        List<StreamRows.Piece> runs = rows.get(anchored).pieces().stream().filter(StreamRows.Piece::onAnchor).toList();
        List<StreamRows.Piece> header = rows.get(anchored - 1).pieces();
        return runs.stream().allMatch(run -> header.stream().anyMatch(head -> head.xOverlaps(run)
                && runs.stream().filter(head::xOverlaps).count() == 1));
    }

    private static TableFragment fragment(List<StreamRows.Row> rows, StreamColumns columns, int page,
            PageFrame frame) {
        List<TableFragment.FragmentCell> cells = new ArrayList<>();
        Box bounds = null;
        for (int r = 0; r < rows.size(); r++) {
            StreamRows.Row row = rows.get(r);
            cells.addAll(rowCells(row, r, columns, page, frame));
            Box rowBox = Box.ofCorners(columns.left(0), row.top(), columns.right(columns.count() - 1), row.bottom());
            bounds = bounds == null ? rowBox : bounds.union(rowBox);
        }
        return new TableFragment(cells, rows.size(), columns.edges(), false, page, frame.toDisplay(bounds), page,
                bounds);
    }

    /**
     * The cells of a row, one per column; a piece reaching over several columns makes one cell of
     * them, with what else they hold.
     */
    private static List<TableFragment.FragmentCell> rowCells(StreamRows.Row row, int r, StreamColumns columns,
            int page, PageFrame frame) {
        int count = columns.count();
        int[] reach = new int[count];
        List<List<StreamRows.Piece>> inColumn = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            reach[c] = c;
            inColumn.add(new ArrayList<>());
        }
        for (StreamRows.Piece piece : row.pieces()) {
            int[] span = columns.span(piece.box());
            inColumn.get(span[0]).add(piece);
            reach[span[0]] = Math.max(reach[span[0]], span[1]);
        }
        List<TableFragment.FragmentCell> cells = new ArrayList<>();
        int col = 0;
        while (col < count) {
            int end = col;
            List<StreamRows.Piece> pieces = new ArrayList<>();
            for (int c = col; c <= end; c++) {
                end = Math.max(end, reach[c]);
                pieces.addAll(inColumn.get(c));
            }
            Box box = Box.ofCorners(columns.left(col), row.top(), columns.right(end), row.bottom());
            for (StreamRows.Piece piece : pieces) {
                box = box.union(piece.box());
            }
            cells.add(new TableFragment.FragmentCell(cellText(pieces), r, col, 1, end - col + 1, page,
                    frame.toDisplay(box)));
            col = end + 1;
        }
        return cells;
    }

    /** The text of a cell: its lines top to bottom, the pieces of a line left to right and a space apart. */
    static String cellText(List<StreamRows.Piece> pieces) {
        List<StreamRows.Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(StreamRows.Piece::lineIndex).thenComparingDouble(p -> p.box().x()));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                text.append(sorted.get(i).lineIndex() == sorted.get(i - 1).lineIndex() ? ' ' : '\n');
            }
            text.append(sorted.get(i).chunk().text());
        }
        return text.toString();
    }
}
