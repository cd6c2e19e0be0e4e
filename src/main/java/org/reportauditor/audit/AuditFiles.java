package org.reportauditor.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.reportauditor.model.Review;

/**
 * Where a report's audit file lives ({@code spec/review.md}): {@code <report file name>.audit.json}
 * beside the report, or, where the report's folder cannot be written, the same name in the data
 * folder under a folder named by the report's SHA-256. Saved atomically.
 */
public final class AuditFiles {
    public static final String SUFFIX = ".audit.json";

    private final Path dataFolder;
    private final AuditFileFormat format = new AuditFileFormat();

    public AuditFiles(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** The audit file of that report as it is found: beside it, else in the data folder; empty when none. */
    public Optional<Path> existing(Path report, String sha256) {
        Path beside = beside(report);
        if (Files.isRegularFile(beside)) {
            return Optional.of(beside);
        }
        Path kept = inDataFolder(report, sha256);
        return kept != null && Files.isRegularFile(kept) ? Optional.of(kept) : Optional.empty();
    }

    /** Where the audit file of that report is written. */
    public Path target(Path report, String sha256) {
        Path beside = beside(report);
        if (Files.isRegularFile(beside) ? Files.isWritable(beside) : Files.isWritable(folderOf(report))) {
            return beside;
        }
        Path kept = inDataFolder(report, sha256);
        return kept == null ? beside : kept;
    }

    public AuditFileFormat.Read load(Path auditFile) throws IOException {
        try (InputStream in = Files.newInputStream(auditFile)) {
            return format.read(in);
        }
    }

    /** Writes the review where it belongs; returns that file. */
    public Path save(Path report, Review review) throws IOException {
        Path target = target(report, review.sha256());
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFile.write(target, out -> format.write(review, out));
        return target;
    }

    public static Path beside(Path report) {
        return report.resolveSibling(report.getFileName() + SUFFIX);
    }

    private Path inDataFolder(Path report, String sha256) {
        return sha256 == null ? null : dataFolder.resolve("audits").resolve(sha256).resolve(report.getFileName() + SUFFIX);
    }

    private static Path folderOf(Path report) {
        Path parent = report.toAbsolutePath().getParent();
        return parent == null ? report.toAbsolutePath() : parent;
    }
}
