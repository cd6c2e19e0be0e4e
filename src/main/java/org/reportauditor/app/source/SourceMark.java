package org.reportauditor.app.source;

import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;
import org.reportauditor.model.SourceLocation;

/**
 * A place of the source to mark: where it is, the severity of its finding ({@code null} for a
 * chosen cell), why it is marked, the text of its tooltip, and whether it belongs to the selection.
 * {@code finding} tells which finding it shows (-1 for none), to select it when the mark is clicked;
 * {@code status} its review status, {@code own} whether the auditor added it.
 */
public record SourceMark(int finding, SourceLocation location, Severity severity, MarkRole role, String tooltip,
                         boolean selected, ReviewStatus status, boolean own) {

    /** A mark that is no finding's (the chosen cell, an equation's other cells). */
    public SourceMark(int finding, SourceLocation location, Severity severity, MarkRole role, String tooltip,
                      boolean selected) {
        this(finding, location, severity, role, tooltip, selected, null, false);
    }
}
