package org.reportauditor.model;

/**
 * Something that stopped a file from being read in full. A fatal problem left nothing usable (not a
 * report, encrypted, empty); a {@code partial} one cost a part (a damaged page, the pages past a
 * budget, a check that failed): the rest is read and checked, and what the lost part could explain
 * is not blamed on the report.
 */
public record Problem(ProblemKind kind, Text message, boolean partial) {

    /** A fatal problem. */
    public Problem(ProblemKind kind, Text message) {
        this(kind, message, false);
    }

    public static Problem partial(ProblemKind kind, Text message) {
        return new Problem(kind, message, true);
    }
}
