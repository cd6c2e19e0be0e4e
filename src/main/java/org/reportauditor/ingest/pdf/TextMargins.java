package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the prose of a document starts and ends on the line, and its usual line spacing (baseline to
 * baseline, in font sizes): what indents, short lines and wide gaps are measured against.
 */
record TextMargins(double left, double right, double lineSpacing) {
    private static final double DEFAULT_SPACING = 1.5;

    /** Lines whose edges are this close (points) start or end at the same place. */
    private static final double SAME_EDGE = 3.0;

    /**
     * The margins of some prose lines: the leftmost start that several lines share (the lines that
     * go on a paragraph; first lines and headings are indented), and the rightmost end several lines
     * share (full lines; one line overflowing the margin does not move it).
     */
    static TextMargins of(List<TextLine> lines) {
        if (lines.isEmpty()) {
            return new TextMargins(0, Double.MAX_VALUE, DEFAULT_SPACING);
        }
        List<Double> starts = new ArrayList<>();
        List<Double> rights = new ArrayList<>();
        List<Double> spacings = new ArrayList<>();
        TextLine previous = null;
        for (TextLine line : lines) {
            starts.add(line.left());
            rights.add(line.right());
            if (previous != null && line.size() > 0) {
                double spacing = (line.baseline() - previous.baseline()) / line.size();
                if (spacing >= 1.0 && spacing <= 3.0) {
                    spacings.add(spacing);
                }
            }
            previous = line;
        }
        double left = -sharedEdge(starts.stream().map(x -> -x).toList());
        double right = sharedEdge(rights);
        return new TextMargins(left, right, spacings.isEmpty() ? DEFAULT_SPACING : median(spacings));
    }

    /** The largest value that at least one in twenty of the values (and two) come close to. */
    private static double sharedEdge(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.reverseOrder());
        int needed = Math.max(2, sorted.size() / 20);
        for (int i = 0; i + needed - 1 < sorted.size(); i++) {
            if (sorted.get(i) - sorted.get(i + needed - 1) <= SAME_EDGE) {
                return sorted.get(i);
            }
        }
        return sorted.get(0);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }
}
