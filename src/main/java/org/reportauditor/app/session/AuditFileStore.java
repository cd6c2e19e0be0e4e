package org.reportauditor.app.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.reportauditor.audit.AuditFileFormat;
import org.reportauditor.audit.AuditFiles;
import org.reportauditor.audit.AuditResult;
import org.reportauditor.model.Review;
import org.reportauditor.model.Text;

/**
 * The app's reviews kept in audit files ({@code spec/review.md}): read when a report opens, written
 * after every change. What the auditor should know of a file (unreadable, written by a newer
 * version, a report changed since its review) is told through {@code notice}.
 */
public final class AuditFileStore implements ReviewStore {
    private final AuditFiles files;
    private final Consumer<Text> notice;
    /** Reports whose audit file a newer version wrote: never overwritten. */
    private final java.util.Set<Path> readOnly = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public AuditFileStore(AuditFiles files, Consumer<Text> notice) {
        this.files = files;
        this.notice = notice;
    }

    @Override
    public Optional<Review> load(AuditResult report) {
        Path file = report.document().file();
        String sha = report.report().sha256();
        Optional<Path> found = files.existing(file, sha);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            AuditFileFormat.Read read = files.load(found.get());
            if (read.newer()) {
                readOnly.add(file);
                notice.accept(Text.of("review.newerVersion", found.get()));
            }
            Review review = read.review();
            if (review.sha256() != null && sha != null && !review.sha256().equals(sha)) {
                notice.accept(Text.of("review.reportChanged", found.get()));
            }
            return Optional.of(review);
        } catch (IOException e) {
            readOnly.add(file);
            notice.accept(Text.of("review.unreadable", found.get(), String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    @Override
    public Optional<Review> peek(AuditResult report) {
        Optional<Path> found = files.existing(report.document().file(), report.report().sha256());
        try {
            return found.isEmpty() ? Optional.empty() : Optional.of(files.load(found.get()).review());
        } catch (IOException e) {
            // told when the report itself is opened
            return Optional.empty();
        }
    }

    @Override
    public void save(AuditResult report, Review review) throws IOException {
        Path file = report.document().file();
        if (!readOnly.contains(file)) {
            files.save(file, review);
        }
    }
}
