package org.reportauditor.model;

import java.util.Locale;

/** Why a file could not be read (in full). The id is the {@code kind} of the JSON output. */
public enum ProblemKind {
    NOT_FOUND, UNSUPPORTED, EMPTY, DAMAGED, ENCRYPTED, SCANNED, UNREADABLE_TEXT, NOT_ANNUAL_REPORT, TOO_LARGE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
