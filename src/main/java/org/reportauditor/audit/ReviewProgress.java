package org.reportauditor.audit;

import java.util.Locale;

/** How far the auditor's review of a report has got, as the batch view lists it. */
public enum ReviewProgress {
    /** Nothing decided, corrected or added yet. */
    NOT_STARTED,
    /** Some findings decided, some still open. */
    UNDER_WAY,
    /** Every finding decided (or the review made and nothing found). */
    DONE;

    /** Its key in the bundles: {@code review.progress.not_started} and so on. */
    public String key() {
        return "review.progress." + name().toLowerCase(Locale.ROOT);
    }
}
