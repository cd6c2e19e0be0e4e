package org.reportauditor.model;

import java.util.Locale;

/** Why a file could not be read (in full). The id is the {@code kind} of the JSON output. */
public enum ProblemKind {
    NOT_FOUND, UNSUPPORTED, EMPTY, DAMAGED, ENCRYPTED, SCANNED, UNREADABLE_TEXT, NOT_ANNUAL_REPORT, TOO_LARGE,
    /** A check failed on the report (a fault of the tool's, not of the file). */
    CHECK_FAILED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
