package org.reportauditor.ingest.word;

import java.util.Arrays;

/**
 * The grid columns of a .doc table. A .doc stores no grid: each row lists its cells' edges, and a
 * cell merged across columns is just a wider cell. The columns are the distinct edges of all rows;
 * edges a few twips apart are one edge drawn twice (rounding of the writer).
 */
final class DocColumnEdges {
    /** Twips (1/20 pt) within which two edges are the same edge: about half a millimetre. */
    private static final int SAME_EDGE = 30;

    private final int[] edges;

    private DocColumnEdges(int[] edges) {
        this.edges = edges;
    }

    /** The columns of the given cell edges, in twips, in any order. */
    static DocColumnEdges of(int[] allEdges) {
        int[] sorted = allEdges.clone();
        Arrays.sort(sorted);
        int[] distinct = new int[sorted.length];
        int count = 0;
        for (int edge : sorted) {
            if (count == 0 || edge - distinct[count - 1] > SAME_EDGE) {
                distinct[count++] = edge;
            }
        }
        return new DocColumnEdges(Arrays.copyOf(distinct, count));
    }

    /** The index of the edge nearest to {@code x}: the grid column a cell starting there starts at. */
    int column(int x) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) {
                best = i;
            }
        }
        return best;
    }

    /** How many grid columns a cell from {@code left} to {@code right} covers; at least one. */
    int span(int left, int right) {
        return Math.max(1, column(right) - column(left));
    }
}
