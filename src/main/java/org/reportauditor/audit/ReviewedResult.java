package org.reportauditor.audit;

import java.nio.file.Path;
import java.util.List;

import org.reportauditor.model.Correction;
import org.reportauditor.model.Decision;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;

/**
 * A report as the auditor hands it on: the audit of its file as read ({@code read}), the same with
 * the auditor's corrections applied and the checks run again ({@code corrected}), every finding of
 * that with its decision, the auditor's own findings among them, and what the review holds that no
 * longer fits. The app, {@code check} and both exports draw from this one result.
 *
 * @param findings the checks' findings on the corrected values, then the auditor's own
 * @param orphaned decisions whose finding no longer exists (the report changed, or a correction
 *                 made it go): kept, never dropped
 * @param resolved findings of the file as read that a correction made go, with their decisions
 * @param changed  whether the report's SHA-256 differs from the one the review was made on
 */
public record ReviewedResult(AuditResult read, AuditResult corrected, Review review, List<ReviewedFinding> findings,
                             List<Decision> orphaned, List<ReviewedFinding> resolved, boolean changed) {

    public ReviewedResult {
        findings = List.copyOf(findings);
        orphaned = List.copyOf(orphaned);
        resolved = List.copyOf(resolved);
    }

    /** The report's file as it was opened. */
    public Path file() {
        return read.document().file();
    }

    public List<Correction> corrections() {
        return review.corrections();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.finding().severity() == severity).count();
    }

    public long count(ReviewStatus status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }

    /** Whether any error stands that the auditor has not dismissed: what {@code check}'s exit status counts. */
    public boolean hasStandingErrors() {
        return findings.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR
                && f.status() != ReviewStatus.DISMISSED);
    }

    /** How many findings have been decided (confirmed or dismissed). */
    public long reviewedCount() {
        return findings.stream().filter(f -> f.status() != ReviewStatus.OPEN).count();
    }

    /** How far the review has got: not begun, under way, or every finding decided. */
    public ReviewProgress progress() {
        if (review.isEmpty()) {
            return ReviewProgress.NOT_STARTED;
        }
        return reviewedCount() == findings.size() ? ReviewProgress.DONE : ReviewProgress.UNDER_WAY;
    }
}
