package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.reportauditor.model.Box;

/**
 * Finds ruled tables: ruling lines that cross one another form a table; the distinct positions of its
 * lines are the grid's edges, and two neighbouring grid squares with no line drawn between them are
 * one merged cell. Works in the upright frame of the page.
 */
final class LatticeTableFinder {
    /** Lines this close are the same line (double borders, rounding of producers). */
    private static final double SAME_EDGE = 2.0;
    /** A line ending this short of another still meets it. */
    private static final double REACH = 3.0;
    /** Share of a square's side a line must cover to separate two squares. */
    private static final double BORDER_COVER = 0.5;
    /** Crossing lines that overshoot the outermost line by more than this leave a side open. */
    private static final double OPEN_SIDE = 8.0;
    /** Grids larger than this are drawings, not tables. */
    private static final int MAX_EDGES = 400;

    private LatticeTableFinder() {
    }

    static List<CellGrid> find(List<Ruling> rulings) {
        List<Ruling> merged = mergeCollinear(rulings);
        List<CellGrid> grids = new ArrayList<>();
        for (List<Ruling> group : connectedGroups(merged)) {
            CellGrid grid = grid(group);
            if (grid != null && grid.cells().size() >= 2) {
                grids.add(grid);
            }
        }
        grids.sort(Comparator.comparingDouble(CellGrid::top));
        return grids;
    }

    /** Joins pieces of one line drawn segment by segment, so that coverage can be measured. */
    private static List<Ruling> mergeCollinear(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.removeIf(r -> !(r.length() > 0.5) || !Double.isFinite(r.position()));
        sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::position));
        List<Ruling> merged = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            Ruling first = sorted.get(i);
            int end = i + 1;
            while (end < sorted.size() && sorted.get(end).horizontal() == first.horizontal()
                    && sorted.get(end).position() - first.position() <= SAME_EDGE / 2) {
                end++;
            }
            merged.addAll(mergeOnOneLine(sorted.subList(i, end)));
            i = end;
        }
        return merged;
    }

    /** Pieces at (nearly) one position: overlapping or nearly touching pieces become one ruling. */
    private static List<Ruling> mergeOnOneLine(List<Ruling> pieces) {
        List<Ruling> byStart = new ArrayList<>(pieces);
        byStart.sort(Comparator.comparingDouble(Ruling::start));
        double position = pieces.stream().mapToDouble(Ruling::position).average().orElseThrow();
        List<Ruling> merged = new ArrayList<>();
        double start = byStart.get(0).start();
        double end = byStart.get(0).end();
        for (Ruling piece : byStart) {
            if (piece.start() > end + REACH) {
                merged.add(new Ruling(piece.horizontal(), position, start, end));
                start = piece.start();
            }
            end = Math.max(end, piece.end());
        }
        merged.add(new Ruling(byStart.get(0).horizontal(), position, start, end));
        return merged;
    }

    private static List<List<Ruling>> connectedGroups(List<Ruling> rulings) {
        UnionFind sets = new UnionFind(rulings.size());
        for (int i = 0; i < rulings.size(); i++) {
            for (int j = i + 1; j < rulings.size(); j++) {
                if (touch(rulings.get(i), rulings.get(j))) {
                    sets.union(i, j);
                }
            }
        }
        return sets.groups(rulings);
    }

    private static boolean touch(Ruling a, Ruling b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.position() - b.position()) <= SAME_EDGE && a.start() <= b.end() + REACH
                    && b.start() <= a.end() + REACH;
        }
        return a.start() - REACH <= b.position() && b.position() <= a.end() + REACH
                && b.start() - REACH <= a.position() && a.position() <= b.end() + REACH;
    }

    private static CellGrid grid(List<Ruling> group) {
        List<Ruling> horizontals = group.stream().filter(Ruling::horizontal).toList();
        List<Ruling> verticals = group.stream().filter(r -> !r.horizontal()).toList();
        if (horizontals.isEmpty() || verticals.isEmpty()) {
            return null;
        }
        double[] columns = edges(verticals, horizontals);
        double[] rows = edges(horizontals, verticals);
        if (columns.length < 2 || rows.length < 2 || columns.length > MAX_EDGES || rows.length > MAX_EDGES) {
            return null;
        }
        int rowCount = rows.length - 1;
        int columnCount = columns.length - 1;
        UnionFind squares = new UnionFind(rowCount * columnCount);
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < columnCount; c++) {
                if (c + 1 < columnCount && !covered(verticals, columns[c + 1], rows[r], rows[r + 1])) {
                    squares.union(r * columnCount + c, r * columnCount + c + 1);
                }
                if (r + 1 < rowCount && !covered(horizontals, rows[r + 1], columns[c], columns[c + 1])) {
                    squares.union(r * columnCount + c, (r + 1) * columnCount + c);
                }
            }
        }
        return cells(columns, rows, squares);
    }

    /**
     * The distinct positions of some lines. Where the crossing lines reach well beyond the outermost
     * of them, the table has no outer border on that side and their reach is an edge too.
     */
    private static double[] edges(List<Ruling> lines, List<Ruling> crossing) {
        List<Double> positions = new ArrayList<>();
        for (Ruling line : lines) {
            positions.add(line.position());
        }
        positions.sort(Double::compare);
        double reachStart = crossing.stream().mapToDouble(Ruling::start).min().orElseThrow();
        double reachEnd = crossing.stream().mapToDouble(Ruling::end).max().orElseThrow();
        if (reachStart < positions.get(0) - OPEN_SIDE) {
            positions.add(0, reachStart);
        }
        if (reachEnd > positions.get(positions.size() - 1) + OPEN_SIDE) {
            positions.add(reachEnd);
        }
        List<Double> distinct = new ArrayList<>();
        double clusterStart = Double.NaN;
        double sum = 0;
        int count = 0;
        for (double position : positions) {
            if (count > 0 && position - clusterStart > SAME_EDGE) {
                distinct.add(sum / count);
                sum = 0;
                count = 0;
            }
            if (count == 0) {
                clusterStart = position;
            }
            sum += position;
            count++;
        }
        distinct.add(sum / count);
        return distinct.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether lines at {@code position} cover most of {@code from..to}. */
    private static boolean covered(List<Ruling> lines, double position, double from, double to) {
        double length = to - from;
        double cover = 0;
        for (Ruling line : lines) {
            if (Math.abs(line.position() - position) <= SAME_EDGE) {
                cover += Math.max(0, Math.min(to, line.end()) - Math.max(from, line.start()));
            }
        }
        return cover >= BORDER_COVER * length;
    }

    /** Turns the sets of joined squares into rectangular cells. */
    private static CellGrid cells(double[] columns, double[] rows, UnionFind squares) {
        int rowCount = rows.length - 1;
        int columnCount = columns.length - 1;
        int[][] cellOfSquare = new int[rowCount][columnCount];
        for (int[] row : cellOfSquare) {
            Arrays.fill(row, -1);
        }
        List<CellGrid.GridCell> cells = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < columnCount; c++) {
                if (cellOfSquare[r][c] >= 0) {
                    continue;
                }
                int[] span = spanOf(squares, r, c, rowCount, columnCount, cellOfSquare);
                int index = cells.size();
                for (int rr = r; rr < r + span[0]; rr++) {
                    for (int cc = c; cc < c + span[1]; cc++) {
                        cellOfSquare[rr][cc] = index;
                    }
                }
                cells.add(new CellGrid.GridCell(r, c, span[0], span[1],
                        Box.ofCorners(columns[c], rows[r], columns[c + span[1]], rows[r + span[0]])));
            }
        }
        return new CellGrid(columns, rows, cells, cellOfSquare);
    }

    /**
     * How far the set of square (r, c) reaches down and right, as a rectangle. Sets that are not
     * rectangles (a badly drawn border) are cut to the rectangle of free squares below and right of
     * their top-left square, so that every square belongs to exactly one cell.
     */
    private static int[] spanOf(UnionFind squares, int r, int c, int rowCount, int columnCount, int[][] taken) {
        int root = squares.find(r * columnCount + c);
        int colSpan = 1;
        while (c + colSpan < columnCount && taken[r][c + colSpan] < 0
                && squares.find(r * columnCount + c + colSpan) == root) {
            colSpan++;
        }
        int rowSpan = 1;
        while (r + rowSpan < rowCount && rowJoined(squares, root, r + rowSpan, c, colSpan, columnCount, taken)) {
            rowSpan++;
        }
        return new int[] {rowSpan, colSpan};
    }

    private static boolean rowJoined(UnionFind squares, int root, int r, int c, int colSpan, int columnCount,
            int[][] taken) {
        for (int cc = c; cc < c + colSpan; cc++) {
            if (taken[r][cc] >= 0 || squares.find(r * columnCount + cc) != root) {
                return false;
            }
        }
        return true;
    }
}
