package org.reportauditor.audit;

import java.nio.file.Path;

import org.reportauditor.check.AuditEngine;
import org.reportauditor.ingest.DocumentReaders;
import org.reportauditor.ingest.RawDocument;
import org.reportauditor.ingest.ReadOptions;
import org.reportauditor.model.Report;
import org.reportauditor.model.Review;
import org.reportauditor.template.ReportRecognizer;

/**
 * The whole audit of one file: read it, recognise the template in it, check it. The app and the
 * command line both audit through this.
 */
public final class Auditor {
    private final DocumentReaders readers;
    private final ReportRecognizer recognizer;
    private final AuditEngine engine;
    private final ReviewApplier reviews;

    public Auditor(DocumentReaders readers, ReportRecognizer recognizer, AuditEngine engine) {
        this.readers = readers;
        this.recognizer = recognizer;
        this.engine = engine;
        this.reviews = new ReviewApplier(engine);
    }

    /** @param displayName the file as the user named it, which results and exports show */
    public AuditResult audit(Path file, String displayName, ReadOptions options) {
        RawDocument document = readers.read(file, options);
        Report report = recognizer.recognize(document, displayName).withSha256(FileDigest.sha256(file));
        AuditEngine.Checked checked = engine.check(report);
        return new AuditResult(checked.report(), checked.findings(), document);
    }

    /** The audit with the auditor's review applied: corrections, decisions, their own findings. */
    public ReviewedResult review(AuditResult read, Review review) {
        return reviews.apply(read, review);
    }

    public AuditResult audit(Path file) {
        return audit(file, file.toString(), ReadOptions.DEFAULT);
    }
}
