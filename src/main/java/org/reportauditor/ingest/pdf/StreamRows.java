package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.reportauditor.model.Box;

/**
 * Groups the chunks of the lines of a line-less table into rows. A line that holds numbers anchors
 * a row. The other chunks join the row of the anchor they are printed beside: a label wrapped over
 * lines around its numbers (cells centred vertically) joins the anchor that stands between its
 * lines, a line that goes on a label of an anchor line (cells aligned to the top) joins that
 * anchor. Chunks that reach no anchor (headers, rows of text only) make rows of their own, of the
 * chunks that stand side by side. Two anchor lines are never one row, so that the rows of a label
 * spanning several of them are not stacked into one.
 */
final class StreamRows {
    /** Lines of one cell are closer than this many font sizes (bottom to top); rows stand further apart. */
    static final double WRAP_GAP = 0.7;
    /** Lines overlapping by this many font sizes stand side by side: they are one row. */
    static final double OVERLAP = 0.25;
    /** Font sizes differing by more than this share are different kinds of text. */
    static final double SIZE_CHANGE = 0.15;
    /** Lines further apart than this many font sizes are not looked at for wrapping. */
    private static final double NEIGHBOURHOOD = 3.0;

    private StreamRows() {
    }

    /** A chunk of a line of the table, with the line it is printed on (by index in the table's lines). */
    record Piece(TextChunk chunk, TextLine line, int lineIndex) {

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

    /** Whether a line anchors a row: it stands in several columns and holds a number. */
    static boolean isAnchor(TextLine line) {
        return line.chunks().size() >= 2 && line.chunks().stream().anyMatch(TextChunk::isNumber);
    }

    /** Whether chunk {@code below} goes on chunk {@code above} in the same cell, a line further down. */
    static boolean wraps(Piece above, Piece below) {
        double size = Math.max(above.size(), below.size());
        double gap = below.box().y() - above.box().bottom();
        return !above.chunk().isNumber() && !below.chunk().isNumber()
                && Math.abs(above.size() - below.size()) <= SIZE_CHANGE * size
                && below.line().baseline() > above.line().baseline()
                && gap <= WRAP_GAP * size && above.xOverlaps(below)
                // a numbered item starts a label; it never goes on the one above
                && !ParagraphBuilder.isHeading(below.chunk().text().replaceAll("\\s+", ""));
    }

    /** The rows of a table's lines (sorted top to bottom), top to bottom. */
    static List<Row> rows(List<TextLine> lines) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (TextChunk chunk : lines.get(i).chunks()) {
                pieces.add(new Piece(chunk, lines.get(i), i));
            }
        }
        Neighbours neighbours = Neighbours.of(pieces);
        List<List<Piece>> anchoredRows = new ArrayList<>();
        int[] rowOfLine = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            rowOfLine[i] = isAnchor(lines.get(i)) ? anchoredRows.size() : -1;
            if (rowOfLine[i] >= 0) {
                anchoredRows.add(new ArrayList<>());
            }
        }
        List<List<Piece>> free = new ArrayList<>();
        for (List<Integer> set : freeSets(pieces, neighbours)) {
            int line = pieces.get(set.get(0)).lineIndex();
            int anchor = rowOfLine[line] >= 0 ? line : anchorOf(set, lines, neighbours, pieces);
            List<Piece> setPieces = set.stream().map(pieces::get).toList();
            if (anchor >= 0) {
                anchoredRows.get(rowOfLine[anchor]).addAll(setPieces);
            } else {
                free.add(setPieces);
            }
        }
        List<Row> rows = new ArrayList<>();
        anchoredRows.forEach(r -> rows.add(new Row(r, true)));
        rows.addAll(freeRows(free));
        rows.sort(Comparator.comparingDouble(StreamRows::rowKey));
        return rows;
    }

    /** Where a row stands among the others: the top of its anchor line, or of its text. */
    private static double rowKey(Row row) {
        if (row.anchored()) {
            return row.pieces().stream().filter(p -> isAnchor(p.line())).mapToDouble(p -> p.line().top()).min()
                    .orElse(row.top());
        }
        return row.top();
    }

    /**
     * Sets of pieces (by index) that are one row whatever else they join: the pieces of one line,
     * and the lines of a cell that wraps. Lines that anchor rows wrap on nothing here, so that no
     * set holds two anchors.
     */
    private static List<List<Integer>> freeSets(List<Piece> pieces, Neighbours neighbours) {
        UnionFind sets = new UnionFind(pieces.size());
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i).lineIndex() == pieces.get(i - 1).lineIndex()) {
                sets.union(i - 1, i);
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            int above = neighbours.above()[i];
            if (above >= 0 && !isAnchor(pieces.get(i).line()) && !isAnchor(pieces.get(above).line())
                    && wraps(pieces.get(above), pieces.get(i))) {
                sets.union(above, i);
            }
        }
        return sets.groups(IntStream.range(0, pieces.size()).boxed().toList());
    }

    /**
     * The anchor line (by index) that a set of free pieces belongs to, or -1: the anchor standing
     * between its lines, else the anchor line it overlaps most, else the anchor line one of its
     * pieces wraps on (the nearest).
     */
    private static int anchorOf(List<Integer> set, List<TextLine> lines, Neighbours neighbours, List<Piece> pieces) {
        double top = set.stream().mapToDouble(i -> pieces.get(i).box().y()).min().orElseThrow();
        double bottom = set.stream().mapToDouble(i -> pieces.get(i).box().bottom()).max().orElseThrow();
        double size = set.stream().mapToDouble(i -> pieces.get(i).size()).max().orElseThrow();
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        double mostOverlap = OVERLAP * size;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!isAnchor(line)) {
                continue;
            }
            double center = (line.top() + line.baseline()) / 2;
            double distance = Math.abs(center - (top + bottom) / 2);
            if (center >= top && center <= bottom && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
            double overlap = Math.min(bottom, line.baseline()) - Math.max(top, line.top());
            if (bestDistance == Double.MAX_VALUE && overlap >= mostOverlap) {
                best = i;
                mostOverlap = overlap;
            }
        }
        if (best >= 0) {
            return best;
        }
        double nearest = Double.MAX_VALUE;
        for (int i : set) {
            Piece piece = pieces.get(i);
            int above = neighbours.above()[i];
            if (above >= 0 && isAnchor(pieces.get(above).line()) && wraps(pieces.get(above), piece)
                    && piece.box().y() - pieces.get(above).box().bottom() < nearest) {
                best = pieces.get(above).lineIndex();
                nearest = piece.box().y() - pieces.get(above).box().bottom();
            }
            int below = neighbours.below()[i];
            if (below >= 0 && isAnchor(pieces.get(below).line()) && wraps(piece, pieces.get(below))
                    && pieces.get(below).box().y() - piece.box().bottom() < nearest) {
                best = pieces.get(below).lineIndex();
                nearest = pieces.get(below).box().y() - piece.box().bottom();
            }
        }
        return best;
    }

    /**
     * Rows of the sets that reached no anchor: sets that stand side by side, overlapping one another
     * from top to bottom. A set printed under a piece of the row (a header over the headers it
     * spans) starts a row of its own.
     */
    private static List<Row> freeRows(List<List<Piece>> sets) {
        List<List<Piece>> sorted = new ArrayList<>(sets);
        sorted.sort(Comparator.comparingDouble(StreamRows::top));
        List<Row> rows = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        double bottom = Double.NEGATIVE_INFINITY;
        for (List<Piece> set : sorted) {
            double size = set.stream().mapToDouble(Piece::size).max().orElseThrow();
            boolean under = set.stream().anyMatch(p -> current.stream().anyMatch(p::xOverlaps));
            if (!current.isEmpty() && (under || top(set) > bottom - OVERLAP * size)) {
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

    private static double top(List<Piece> set) {
        return set.stream().mapToDouble(p -> p.box().y()).min().orElse(0);
    }

    /**
     * For each piece (by index), the nearest piece straight above and straight below it, or -1.
     * Pieces come line by line, top to bottom, so the search ends a few lines away.
     */
    private record Neighbours(int[] above, int[] below) {

        static Neighbours of(List<Piece> pieces) {
            int[] above = new int[pieces.size()];
            int[] below = new int[pieces.size()];
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
            return new Neighbours(above, below);
        }
    }
}
