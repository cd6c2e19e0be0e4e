package org.reportauditor.model;

import java.util.Locale;

/** What the auditor has decided about a finding ({@code spec/review.md}): a finding with no decision is open. */
public enum ReviewStatus {
    OPEN, CONFIRMED, DISMISSED;

    /** The lower-case id of the audit file and the JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of that id; {@code null} for one this version does not know. */
    public static ReviewStatus ofId(String id) {
        for (ReviewStatus s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
