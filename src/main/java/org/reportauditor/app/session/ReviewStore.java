package org.reportauditor.app.session;

import java.util.Optional;

import org.reportauditor.audit.AuditResult;
import org.reportauditor.model.Review;

/** Where the review of a report is kept between sessions: its audit file ({@code spec/review.md}). */
public interface ReviewStore {

    /** The review saved for that report, if any. */
    Optional<Review> load(AuditResult report);

    /**
     * The review saved for that report, if any, read without telling the auditor anything about its
     * audit file: for listing many reports at once, where one notice a file would be a flood.
     */
    default Optional<Review> peek(AuditResult report) {
        return load(report);
    }

    /** Saves it; called off the UI thread after every change. */
    void save(AuditResult report, Review review) throws java.io.IOException;

    /** Keeps nothing: for the sample and for tests that need no file. */
    ReviewStore NONE = new ReviewStore() {
        @Override
        public Optional<Review> load(AuditResult report) {
            return Optional.empty();
        }

        @Override
        public void save(AuditResult report, Review review) {
            // nothing kept
        }
    };
}
