package org.reportauditor.app.session;

import java.util.List;

import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.model.Correction;
import org.reportauditor.model.ReviewState;

/**
 * What the views mark of the open report: the reviewed findings and the corrections while its
 * review is at hand, else the findings as read, all open. The review of another report (the one
 * before, while this one is being opened) is never taken for this one's.
 */
public record ShownReview(List<ReviewedFinding> findings, List<Correction> corrections) {
    public static final ShownReview NONE = new ShownReview(List.of(), List.of());

    public static ShownReview of(OpenedReport opened, ReviewedResult reviewed) {
        if (opened == null) {
            return NONE;
        }
        if (reviewed != null && reviewed.read() == opened.result()) {
            return new ShownReview(reviewed.findings(), reviewed.corrections());
        }
        return new ShownReview(opened.result().findings().stream()
                .map(f -> new ReviewedFinding(f, ReviewState.OPEN, List.of(), false)).toList(), List.of());
    }
}
