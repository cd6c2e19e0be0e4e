package org.reportauditor.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the prose of a document starts and ends on the line, and its usual line spacing (baseline to
 * baseline, in font sizes): what indents, short lines and wide gaps are measured against.
 */
record TextMargins(double left, double right, double lineSpacing) {
    private static final double DEFAULT_SPACING = 1.5;

    /** Lines sharing a start within this many points start at the same place. */
    private static final double SAME_START = 3.0;

    /**
     * The margins of some prose lines: the leftmost start that several lines share (the lines that
     * go on a paragraph; first lines and headings are indented), and the right edge full lines reach.
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
        double left = sharedStart(starts);
        rights.sort(Double::compare);
        // the second widest line, so that one line overflowing the margin does not move it
        double right = rights.get(Math.max(0, rights.size() - 2));
        return new TextMargins(left, right, spacings.isEmpty() ? DEFAULT_SPACING : median(spacings));
    }

    private static double sharedStart(List<Double> starts) {
        List<Double> sorted = new ArrayList<>(starts);
        sorted.sort(Double::compare);
        int needed = Math.max(2, sorted.size() / 20);
        for (int i = 0; i + needed - 1 < sorted.size(); i++) {
            if (sorted.get(i + needed - 1) - sorted.get(i) <= SAME_START) {
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
