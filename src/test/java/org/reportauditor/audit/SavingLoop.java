package org.reportauditor.audit;

import java.nio.file.Path;
import java.time.Instant;

import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.ReviewStatus;

/** Saves a growing review of the report given, for ever: the child process the kill test kills. */
public final class SavingLoop {
    private SavingLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        AuditFiles files = new AuditFiles(report.toAbsolutePath().getParent());
        Review review = Review.empty(report.getFileName().toString(), "0");
        for (int i = 0; ; i++) {
            review = review.decide("rule:cell/" + (i % 50) + "/x", new ReviewState(
                    i % 2 == 0 ? ReviewStatus.CONFIRMED : ReviewStatus.DISMISSED, "意见 " + i, "王敏", Instant.now()));
            files.save(report, review);
        }
    }
}
