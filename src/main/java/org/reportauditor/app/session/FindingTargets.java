package org.reportauditor.app.session;

import java.util.List;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;

/** Which cells a finding points at, for marking them. */
public final class FindingTargets {
    private FindingTargets() {
    }

    /**
     * The cells believed wrong: the suspects of an arithmetic finding, or else every cell the
     * finding concerns (a blank cell, a cell of text, an equation that could not be localised).
     */
    public static List<CellAddress> marked(Finding finding) {
        return finding.suspects().isEmpty() ? finding.cells() : finding.suspects();
    }

    /** Whether the finding is about that cell at all (as a suspect or as part of its equation). */
    public static boolean concerns(Finding finding, CellAddress cell) {
        return finding.suspects().contains(cell) || finding.cells().contains(cell);
    }
}
