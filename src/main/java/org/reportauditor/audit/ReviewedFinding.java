package org.reportauditor.audit;

import java.util.List;

import org.reportauditor.model.Finding;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.ReviewStatus;

/**
 * A finding with the auditor's decision on it: its current state ({@link ReviewState#OPEN} where
 * nothing was decided) and the earlier ones. {@code manual} for a finding of the auditor's own.
 */
public record ReviewedFinding(Finding finding, ReviewState state, List<ReviewState> history, boolean manual) {

    public ReviewedFinding {
        history = List.copyOf(history);
    }

    public ReviewStatus status() {
        return state.status();
    }

    public String id() {
        return finding.id();
    }
}
