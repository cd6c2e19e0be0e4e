package org.reportauditor.model;

import java.time.Instant;

/** One state of a decision: the status, the auditor's comment, who set it and when. */
public record ReviewState(ReviewStatus status, String comment, String reviewer, Instant time) {

    public ReviewState {
        comment = comment == null ? "" : comment;
    }

    public static final ReviewState OPEN = new ReviewState(ReviewStatus.OPEN, "", null, null);
}
