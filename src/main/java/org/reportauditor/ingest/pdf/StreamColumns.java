package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.reportauditor.model.Box;

/**
 * The columns of a line-less table: the x stretches that the text of its anchored rows covers,
 * between the gaps that none of it crosses, cut further where rows print pieces side by side in
 * one stretch (a group label beside the item labels it heads, while the section labels above reach
 * across both). Headers are left out, for a header spanning several columns would close the gaps
 * between them; they span the columns they reach over instead.
 */
final class StreamColumns {
    private final List<double[]> extents;

    private StreamColumns(List<double[]> extents) {
        this.extents = extents;
    }

    static StreamColumns of(List<StreamRows.Row> rows) {
        List<StreamRows.Row> anchored = rows.stream().filter(StreamRows.Row::anchored).toList();
        List<Box> boxes = anchored.stream().flatMap(r -> r.pieces().stream()).map(StreamRows.Piece::box)
                .sorted(Comparator.comparingDouble(Box::x)).toList();
        List<double[]> extents = new ArrayList<>();
        for (double[] stretch : stretches(boxes)) {
            List<Double> cuts = cuts(anchored, stretch);
            for (int i = 0; i <= cuts.size(); i++) {
                double from = i == 0 ? stretch[0] : cuts.get(i - 1);
                double to = i == cuts.size() ? stretch[1] : cuts.get(i);
                List<Box> inside = boxes.stream().filter(b -> b.x() >= from && b.right() <= to).toList();
                if (!inside.isEmpty()) {
                    extents.add(stretches(inside).stream().reduce((a, b) -> new double[] {a[0], b[1]}).orElseThrow());
                }
            }
        }
        return new StreamColumns(extents);
    }

    /** The stretches some boxes (sorted by x) cover, between the gaps none of them crosses. */
    private static List<double[]> stretches(List<Box> boxes) {
        List<double[]> stretches = new ArrayList<>();
        for (Box box : boxes) {
            double[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && box.x() <= last[1]) {
                last[1] = Math.max(last[1], box.right());
            } else {
                stretches.add(new double[] {box.x(), box.right()});
            }
        }
        return stretches;
    }

    /**
     * Where a stretch is cut: as few places as put a cut into every gap between pieces that a row
     * prints side by side in it, each cut in the middle of the gaps it serves.
     */
    private static List<Double> cuts(List<StreamRows.Row> rows, double[] stretch) {
        List<Gap> gaps = new ArrayList<>();
        for (StreamRows.Row row : rows) {
            List<StreamRows.Piece> inside = row.pieces().stream()
                    .filter(p -> p.box().x() >= stretch[0] && p.box().right() <= stretch[1])
                    .sorted(Comparator.comparingDouble(p -> p.box().x())).toList();
            double right = Double.NEGATIVE_INFINITY;
            for (StreamRows.Piece piece : inside) {
                if (right > Double.NEGATIVE_INFINITY && piece.box().x() > right) {
                    gaps.add(new Gap(right, piece.box().x()));
                }
                right = Math.max(right, piece.box().right());
            }
        }
        gaps.sort(Comparator.comparingDouble(Gap::to));
        List<Double> cuts = new ArrayList<>();
        int i = 0;
        while (i < gaps.size()) {
            double from = gaps.get(i).from();
            double to = gaps.get(i).to();
            int j = i + 1;
            while (j < gaps.size() && gaps.get(j).from() <= to) {
                from = Math.max(from, gaps.get(j).from());
                j++;
            }
            cuts.add((from + to) / 2);
            i = j;
        }
        return cuts;
    }

    /** A gap between pieces that a row prints side by side. */
    private record Gap(double from, double to) {
    }

    int count() {
        return extents.size();
    }

    double left(int column) {
        return extents.get(column)[0];
    }

    double right(int column) {
        return extents.get(column)[1];
    }

    /** The first and last column a box reaches over; the nearest column if it stands in a gap. */
    int[] span(Box box) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < extents.size(); c++) {
            if (box.x() < right(c) && box.right() > left(c)) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        if (first >= 0) {
            return new int[] {first, last};
        }
        int nearest = 0;
        for (int c = 1; c < extents.size(); c++) {
            if (distance(box, c) < distance(box, nearest)) {
                nearest = c;
            }
        }
        return new int[] {nearest, nearest};
    }

    private double distance(Box box, int column) {
        return Math.max(left(column) - box.right(), box.x() - right(column));
    }

    /** The column edges: the outer ends of the text, and the gaps between the columns. */
    List<ColumnEdge> edges() {
        List<ColumnEdge> edges = new ArrayList<>();
        edges.add(ColumnEdge.at(left(0)));
        for (int c = 1; c < extents.size(); c++) {
            edges.add(new ColumnEdge(right(c - 1), left(c)));
        }
        edges.add(ColumnEdge.at(right(extents.size() - 1)));
        return edges;
    }
}
