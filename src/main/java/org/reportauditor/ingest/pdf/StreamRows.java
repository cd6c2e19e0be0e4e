package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.reportauditor.model.Box;

/**
 * Groups the chunks of the lines of a line-less table into rows. A line that holds numbers anchors
 * a row. The other chunks join the row of the anchor they are printed beside: a label wrapped over
 * lines around its numbers (cells centred vertically) joins the anchor that stands between its
 * lines, a line that goes on a label of an anchor line (cells aligned to the top) joins that
 * anchor. Chunks that reach no anchor (headers, rows of text only) make rows of their own, of the
 * chunks that stand side by side. Two anchor lines are never one row, so that the rows beside a
 * label spanning several of them are not stacked into one.
 */
final class StreamRows {
    /**
     * Lines of one cell are at most this share of the usual gap between rows apart (bottom to top):
     * a cell's lines are set at the line spacing, rows further apart by the cells' padding.
     */
    private static final double WRAP_SHARE = 0.7;
    /** The widest gap between lines of one cell, in font sizes, however far apart rows stand. */
    static final double MAX_WRAP_GAP = 1.2;
    /** The gap between lines of one cell, in font sizes, in a table without two rows of single lines. */
    private static final double DEFAULT_WRAP_GAP = 0.7;
    /** Lines overlapping by this many font sizes stand side by side: they are one row. */
    static final double OVERLAP = 0.25;
    /** Font sizes differing by more than this share are different kinds of text. */
    static final double SIZE_CHANGE = 0.15;
    /** Lines further apart than this many font sizes are not looked at for wrapping. */
    private static final double NEIGHBOURHOOD = 3.0;

    private final List<TextLine> lines;
    private final boolean[] anchors;
    private final List<Piece> pieces = new ArrayList<>();
    /** For each piece (by index), the nearest piece straight above and straight below it, or -1. */
    private final int[] above;
    private final int[] below;
    private final double wrapGap;

    private StreamRows(List<TextLine> lines) {
        this.lines = lines;
        this.anchors = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            anchors[i] = isAnchor(lines.get(i));
            for (TextChunk chunk : lines.get(i).chunks()) {
                pieces.add(new Piece(chunk, lines.get(i), i, anchors[i]));
            }
        }
        this.above = new int[pieces.size()];
        this.below = new int[pieces.size()];
        findNeighbours();
        this.wrapGap = wrapGap();
    }

    /** A chunk of a line of the table, with its line (and the line's index among the table's lines). */
    record Piece(TextChunk chunk, TextLine line, int lineIndex, boolean onAnchor) {

        Box box() {
            return chunk.box();
        }

        double size() {
            return line.size();
        }

        boolean xOverlaps(Piece other) {
            return Math.min(box().right(), other.box().right()) > Math.max(box().x(), other.box().x());
        }
    }

    /** A row: its pieces, and whether a line of numbers anchors it (rather than text only). */
    record Row(List<Piece> pieces, boolean anchored) {

        Row {
            pieces = List.copyOf(pieces);
        }

        double top() {
            return pieces.stream().mapToDouble(p -> p.box().y()).min().orElse(0);
        }

        double bottom() {
            return pieces.stream().mapToDouble(p -> p.box().bottom()).max().orElse(0);
        }
    }

    /**
     * Whether a line anchors a row: it holds a number and stands in several columns, or holds
     * numbers only (a row's numbers printed beside the lines of its label).
     */
    static boolean isAnchor(TextLine line) {
        return line.chunks().size() >= 2 ? line.chunks().stream().anyMatch(TextChunk::isNumber)
                : line.chunks().stream().allMatch(TextChunk::isNumber);
    }

    /** The rows of a table's lines (sorted top to bottom), top to bottom. */
    static List<Row> rows(List<TextLine> lines) {
        return new StreamRows(lines).rows();
    }

    private List<Row> rows() {
        Map<Integer, List<Piece>> byAnchor = new TreeMap<>();
        List<List<Piece>> free = new ArrayList<>();
        for (List<Integer> set : setsOfOneRow()) {
            Piece first = pieces.get(set.get(0));
            int anchor = first.onAnchor() ? first.lineIndex() : anchorOf(set);
            List<Piece> setPieces = set.stream().map(pieces::get).toList();
            if (anchor >= 0) {
                byAnchor.computeIfAbsent(anchor, a -> new ArrayList<>()).addAll(setPieces);
            } else {
                free.add(setPieces);
            }
        }
        // a row stands where its anchor line stands, or where its text starts
        List<Map.Entry<Double, Row>> placed = new ArrayList<>();
        byAnchor.forEach((line, rowPieces) -> placed.add(Map.entry(lines.get(line).top(), new Row(rowPieces, true))));
        freeRows(free).forEach(row -> placed.add(Map.entry(row.top(), row)));
        placed.sort(Map.Entry.comparingByKey());
        return placed.stream().map(Map.Entry::getValue).toList();
    }

    /**
     * The widest gap between lines of one cell, in font sizes: a share of the usual gap between
     * anchor lines that follow one another (rows of single lines), at most {@link #MAX_WRAP_GAP}.
     */
    private double wrapGap() {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (anchors[i] && anchors[i - 1]) {
                gaps.add((lines.get(i).top() - lines.get(i - 1).baseline()) / lines.get(i).size());
            }
        }
        if (gaps.isEmpty()) {
            return DEFAULT_WRAP_GAP;
        }
        gaps.sort(Double::compare);
        return Math.min(MAX_WRAP_GAP, WRAP_SHARE * gaps.get(gaps.size() / 2));
    }

    /**
     * Whether piece {@code lower} goes on piece {@code upper} in the same cell, the next line down:
     * close below it (lines of a cell never overlap), reaching over the same stretch, in the same type.
     */
    private boolean wraps(Piece upper, Piece lower) {
        double size = Math.max(upper.size(), lower.size());
        double gap = gap(upper, lower);
        return !upper.chunk().isNumber() && !lower.chunk().isNumber()
                && Math.abs(upper.size() - lower.size()) <= SIZE_CHANGE * size
                && gap > -OVERLAP * size && gap <= wrapGap * size && upper.xOverlaps(lower)
                // a numbered item starts a label; it never goes on the one above
                && !ParagraphBuilder.isHeading(GlyphText.compact(lower.chunk().text()));
    }

    /**
     * Sets of pieces (by index) that are one row whatever else they join: the pieces of an anchor
     * line, and the lines of a cell that wraps. Anchor lines wrap on nothing here, so that no set
     * holds two anchors. The pieces of another line are not joined by their line: a group label
     * wrapped over the rows of its items shares lines with several of them.
     */
    private List<List<Integer>> setsOfOneRow() {
        UnionFind sets = new UnionFind(pieces.size());
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i).onAnchor() && pieces.get(i).lineIndex() == pieces.get(i - 1).lineIndex()) {
                sets.union(i - 1, i);
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            if (above[i] >= 0 && !pieces.get(i).onAnchor() && !pieces.get(above[i]).onAnchor()
                    && wraps(pieces.get(above[i]), pieces.get(i))) {
                sets.union(above[i], i);
            }
        }
        return sets.groups(IntStream.range(0, pieces.size()).boxed().toList());
    }

    /**
     * The anchor line (by index) that a set of pieces off anchor lines belongs to, or -1: the
     * anchor standing between its lines (the nearest to its middle), else the anchor line it
     * overlaps most, else the anchor line one of its pieces wraps on (the nearest).
     */
    private int anchorOf(List<Integer> set) {
        double top = set.stream().mapToDouble(i -> pieces.get(i).box().y()).min().orElseThrow();
        double bottom = set.stream().mapToDouble(i -> pieces.get(i).box().bottom()).max().orElseThrow();
        double size = set.stream().mapToDouble(i -> pieces.get(i).size()).max().orElseThrow();
        int between = -1;
        int overlapping = -1;
        double nearestMiddle = Double.MAX_VALUE;
        double mostOverlap = OVERLAP * size;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!anchors[i]) {
                continue;
            }
            double middle = (line.top() + line.baseline()) / 2;
            if (middle >= top && middle <= bottom && Math.abs(middle - (top + bottom) / 2) < nearestMiddle) {
                between = i;
                nearestMiddle = Math.abs(middle - (top + bottom) / 2);
            }
            double overlap = Math.min(bottom, line.baseline()) - Math.max(top, line.top());
            if (overlap >= mostOverlap) {
                overlapping = i;
                mostOverlap = overlap;
            }
        }
        if (between >= 0 || overlapping >= 0) {
            return between >= 0 ? between : overlapping;
        }
        int wrapped = -1;
        double nearest = Double.MAX_VALUE;
        for (int i : set) {
            Piece piece = pieces.get(i);
            if (above[i] >= 0 && pieces.get(above[i]).onAnchor() && wraps(pieces.get(above[i]), piece)
                    && gap(pieces.get(above[i]), piece) < nearest) {
                wrapped = pieces.get(above[i]).lineIndex();
                nearest = gap(pieces.get(above[i]), piece);
            }
            if (below[i] >= 0 && pieces.get(below[i]).onAnchor() && wraps(piece, pieces.get(below[i]))
                    && gap(piece, pieces.get(below[i])) < nearest) {
                wrapped = pieces.get(below[i]).lineIndex();
                nearest = gap(piece, pieces.get(below[i]));
            }
        }
        return wrapped;
    }

    private static double gap(Piece upper, Piece lower) {
        return lower.box().y() - upper.box().bottom();
    }

    /**
     * Rows of the sets that reached no anchor: the sets of one line together, and those that stand
     * side by side, overlapping one another from top to bottom. A set printed under a piece of the
     * row (a header under the header that spans it) starts a row of its own.
     */
    private static List<Row> freeRows(List<List<Piece>> sets) {
        UnionFind byLine = new UnionFind(sets.size());
        Map<Integer, Integer> setOfLine = new TreeMap<>();
        for (int i = 0; i < sets.size(); i++) {
            for (Piece piece : sets.get(i)) {
                Integer other = setOfLine.putIfAbsent(piece.lineIndex(), i);
                if (other != null) {
                    byLine.union(other, i);
                }
            }
        }
        List<List<Piece>> sorted = new ArrayList<>(byLine.groups(sets).stream()
                .map(group -> group.stream().flatMap(List::stream).toList()).toList());
        sorted.sort(Comparator.comparingDouble(set -> set.stream().mapToDouble(p -> p.box().y()).min().orElse(0)));
        List<Row> rows = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        double bottom = Double.NEGATIVE_INFINITY;
        for (List<Piece> set : sorted) {
            double top = set.stream().mapToDouble(p -> p.box().y()).min().orElseThrow();
            double size = set.stream().mapToDouble(Piece::size).max().orElseThrow();
            boolean under = set.stream().anyMatch(p -> current.stream().anyMatch(p::xOverlaps));
            if (!current.isEmpty() && (under || top > bottom - OVERLAP * size)) {
                rows.add(new Row(current, false));
                current.clear();
                bottom = Double.NEGATIVE_INFINITY;
            }
            current.addAll(set);
            bottom = Math.max(bottom, set.stream().mapToDouble(p -> p.box().bottom()).max().orElseThrow());
        }
        if (!current.isEmpty()) {
            rows.add(new Row(current, false));
        }
        return rows;
    }

    /**
     * Finds each piece's nearest neighbours straight above and below. Pieces come line by line, top
     * to bottom, so the search ends a few lines away.
     */
    private void findNeighbours() {
        Arrays.fill(above, -1);
        Arrays.fill(below, -1);
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            double reach = NEIGHBOURHOOD * piece.size();
            for (int j = i + 1; j < pieces.size(); j++) {
                Piece other = pieces.get(j);
                if (other.line().top() - piece.box().bottom() > reach) {
                    break;
                }
                if (other.lineIndex() == piece.lineIndex() || !piece.xOverlaps(other)) {
                    continue;
                }
                if (below[i] < 0 || other.box().y() < pieces.get(below[i]).box().y()) {
                    below[i] = j;
                }
                if (above[j] < 0 || piece.box().bottom() > pieces.get(above[j]).box().bottom()) {
                    above[j] = i;
                }
            }
        }
    }
}
