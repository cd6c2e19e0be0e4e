package org.reportauditor.model;

import java.time.Instant;
import java.util.List;

/**
 * A finding of the auditor's own: on cells, on a quote of the prose, or on a region of a PDF page
 * ({@code source}), with a severity and a comment.
 */
public record AddedFinding(String id, Severity severity, String comment, List<CellAddress> cells, String quote,
                           SourceLocation source, String reviewer, Instant time, UnknownFields unknown) {
    /** The rule a finding of the auditor's own is listed under. */
    public static final String RULE = "manual";

    public AddedFinding {
        cells = List.copyOf(cells);
        comment = comment == null ? "" : comment;
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }
}
