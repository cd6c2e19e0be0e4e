package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins a table broken over a page break into one: the fragment at the end of a page and the one at
 * the start of the next page are one table when they are drawn alike and their columns line up. The
 * header rows the next page repeats are dropped, and a merged cell that the break cut in two (its
 * lower part left blank) is made whole again. Cells keep the page they are printed on.
 */
final class TableJoiner {
    /** Column edges this close (points) are the same edge. */
    private static final double SAME_EDGE = 4.0;
    /** Share of the next fragment's column edges that must match edges of the first. */
    private static final double MATCHING_EDGES = 0.6;
    /**
     * Share of the column edges of the more divided of two line-less fragments that must match,
     * one to one and in order: their edges are the wide gaps between text, which an unrelated
     * table's edges fall into more easily than onto a ruling.
     */
    private static final double MATCHING_LINELESS_EDGES = 0.75;
    /** Repeated headers longer than this are not looked for. */
    private static final int MAX_HEADER_ROWS = 6;

    private TableJoiner() {
    }

    /** Whether a fragment on the next page goes on the table {@code table}: drawn alike, with the same columns. */
    static boolean continues(TableFragment table, TableFragment next) {
        if (next.firstPage() != table.lastPage() + 1 || next.ruled() != table.ruled()) {
            return false;
        }
        List<ColumnEdge> a = table.columnEdges();
        List<ColumnEdge> b = next.columnEdges();
        if (!table.ruled()) {
            // the outer edges of a line-less fragment are where its widest text ends: only the gaps tell
            List<ColumnEdge> inner = b.subList(1, b.size() - 1);
            int larger = Math.max(a.size(), b.size()) - 2;
            return larger > 0 && matchedInOrder(a.subList(1, a.size() - 1), inner) >= MATCHING_LINELESS_EDGES * larger;
        }
        if (!a.get(0).meets(b.get(0), SAME_EDGE) || !a.get(a.size() - 1).meets(b.get(b.size() - 1), SAME_EDGE)) {
            return false;
        }
        long matching = b.stream().filter(edge -> a.stream().anyMatch(e -> e.meets(edge, SAME_EDGE))).count();
        return matching >= MATCHING_EDGES * b.size();
    }

    /** How many edges of two lists (left to right) match one to one, in order. */
    private static int matchedInOrder(List<ColumnEdge> a, List<ColumnEdge> b) {
        int matched = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).meets(b.get(j), SAME_EDGE)) {
                matched++;
                i++;
                j++;
            } else if (a.get(i).to() < b.get(j).from()) {
                i++;
            } else {
                j++;
            }
        }
        return matched;
    }

    static TableFragment join(TableFragment table, TableFragment next) {
        List<ColumnEdge> nextEdges = new ArrayList<>(next.columnEdges());
        if (!table.ruled()) {
            // the text of the two pages ends at different places; the table's sides are the first page's
            nextEdges.set(0, table.columnEdges().get(0));
            nextEdges.set(nextEdges.size() - 1, table.columnEdges().get(table.columnEdges().size() - 1));
        }
        List<ColumnEdge> edges = unionOfEdges(table.columnEdges(), nextEdges);
        List<TableFragment.FragmentCell> upper = reindex(table.cells(), table.columnEdges(), edges);
        List<TableFragment.FragmentCell> lower = reindex(next.cells(), nextEdges, edges);
        int header = repeatedHeaderRows(upper, lower, Math.min(table.rowCount(), next.rowCount() - 1));
        List<TableFragment.FragmentCell> cells = new ArrayList<>(upper);
        int offset = table.rowCount() - header;
        List<TableFragment.FragmentCell> below = new ArrayList<>();
        for (TableFragment.FragmentCell cell : lower) {
            if (cell.row() >= header) {
                below.add(cell.moved(cell.row() + offset, cell.col(), cell.rowSpan(), cell.colSpan()));
            }
        }
        mendCutCells(cells, below, table.rowCount());
        cells.addAll(below);
        return new TableFragment(cells, table.rowCount() + next.rowCount() - header, edges, table.ruled(),
                table.firstPage(), table.firstBounds(), next.lastPage(), next.lastUprightBounds());
    }

    private static List<ColumnEdge> unionOfEdges(List<ColumnEdge> a, List<ColumnEdge> b) {
        List<ColumnEdge> all = new ArrayList<>(a);
        for (ColumnEdge edge : b) {
            if (a.stream().noneMatch(e -> e.meets(edge, SAME_EDGE))) {
                all.add(edge);
            }
        }
        all.sort(Comparator.comparingDouble(ColumnEdge::middle));
        return all;
    }

    private static List<TableFragment.FragmentCell> reindex(List<TableFragment.FragmentCell> cells,
            List<ColumnEdge> oldEdges, List<ColumnEdge> newEdges) {
        int[] map = new int[oldEdges.size()];
        for (int i = 0; i < oldEdges.size(); i++) {
            map[i] = nearest(newEdges, oldEdges.get(i), i == 0 ? -1 : map[i - 1]);
        }
        List<TableFragment.FragmentCell> moved = new ArrayList<>(cells.size());
        for (TableFragment.FragmentCell cell : cells) {
            int col = map[cell.col()];
            int end = map[cell.col() + cell.colSpan()];
            moved.add(cell.moved(cell.row(), col, cell.rowSpan(), Math.max(1, end - col)));
        }
        return moved;
    }

    /**
     * The edge (by index) that an edge of a fragment is: the nearest of those it meets, else the
     * nearest; of edges as near, one right of {@code previous} (the edge its left neighbour is).
     */
    private static int nearest(List<ColumnEdge> edges, ColumnEdge edge, int previous) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            boolean meets = edges.get(i).meets(edge, SAME_EDGE);
            boolean bestMeets = edges.get(best).meets(edge, SAME_EDGE);
            double distance = Math.abs(edges.get(i).middle() - edge.middle());
            double bestDistance = Math.abs(edges.get(best).middle() - edge.middle());
            boolean fresher = best <= previous && i > previous;
            if (meets && !bestMeets || meets == bestMeets && (distance < bestDistance
                    || distance == bestDistance && fresher)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * How many top rows of the lower fragment repeat the top rows of the upper one: the largest k
     * such that both fragments' first k rows hold the same cells (same places, same text, none
     * reaching below row k) and say something.
     */
    private static int repeatedHeaderRows(List<TableFragment.FragmentCell> upper,
            List<TableFragment.FragmentCell> lower, int limit) {
        int found = 0;
        for (int k = 1; k <= Math.min(limit, MAX_HEADER_ROWS); k++) {
            Map<String, Long> top = signature(upper, k);
            if (top != null && !top.isEmpty() && top.equals(signature(lower, k)) && saysSomething(upper, k)) {
                found = k;
            }
        }
        return found;
    }

    /** The cells of the first k rows, or null if one of them reaches below row k. */
    private static Map<String, Long> signature(List<TableFragment.FragmentCell> cells, int k) {
        Map<String, Long> signature = new HashMap<>();
        for (TableFragment.FragmentCell cell : cells) {
            if (cell.row() < k) {
                if (cell.row() + cell.rowSpan() > k) {
                    return null;
                }
                String key = cell.row() + "," + cell.col() + "," + cell.rowSpan() + "," + cell.colSpan() + ","
                        + GlyphText.compact(cell.text());
                signature.merge(key, 1L, Long::sum);
            }
        }
        return signature;
    }

    private static boolean saysSomething(List<TableFragment.FragmentCell> cells, int k) {
        return cells.stream().filter(c -> c.row() < k).anyMatch(c -> !c.text().isBlank());
    }

    /**
     * A merged cell cut by the page break shows its text on the first page and a blank cell in the
     * same columns at the top of the next; the blank part is folded into the cell above.
     */
    private static void mendCutCells(List<TableFragment.FragmentCell> upper, List<TableFragment.FragmentCell> lower,
            int boundary) {
        Map<String, Integer> reachingBoundary = new HashMap<>();
        for (int i = 0; i < upper.size(); i++) {
            TableFragment.FragmentCell cell = upper.get(i);
            if (cell.row() + cell.rowSpan() == boundary) {
                reachingBoundary.putIfAbsent(cell.col() + "," + cell.colSpan(), i);
            }
        }
        for (int i = lower.size() - 1; i >= 0; i--) {
            TableFragment.FragmentCell cell = lower.get(i);
            Integer above = cell.row() == boundary && cell.text().isBlank()
                    ? reachingBoundary.get(cell.col() + "," + cell.colSpan()) : null;
            if (above != null && (upper.get(above).rowSpan() > 1 || cell.rowSpan() > 1)
                    && !upper.get(above).text().isBlank()) {
                TableFragment.FragmentCell top = upper.get(above);
                upper.set(above, top.moved(top.row(), top.col(), top.rowSpan() + cell.rowSpan(), top.colSpan()));
                lower.remove(i);
            }
        }
    }
}
