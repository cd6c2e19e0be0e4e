package org.reportauditor.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.reportauditor.check.AuditEngine;
import org.reportauditor.check.across.AgencyNames;
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
        return audit(file, displayName, options, FileDigest.sha256(file));
    }

    /** @param sha256 the file's digest, already taken */
    AuditResult audit(Path file, String displayName, ReadOptions options, String sha256) {
        RawDocument document = readers.read(file, options);
        Report report = recognizer.recognize(document, displayName).withSha256(sha256);
        AuditEngine.Checked checked = engine.check(report);
        return new AuditResult(checked.report(), checked.findings(), document);
    }

    /**
     * The audits of several files, each with the checks against the same agency's report of the
     * year before added where one is among them. Reports pair by the agency and year they state
     * (their names as {@link AgencyNames} keys them), never by file name; two reports of one agency
     * and year pair with neither.
     */
    public List<AuditResult> acrossYears(List<AuditResult> results) {
        List<AuditResult> paired = new ArrayList<>(results.size());
        for (AuditResult r : results) {
            Integer year = r.report().year();
            String agency = AgencyNames.key(r.report().agency());
            List<AuditResult> before = year == null ? List.of() : ofAgency(results, agency, year - 1);
            if (before.size() != 1 || ofAgency(results, agency, year).size() != 1) {
                paired.add(r);
            } else {
                paired.add(againstLastYear(r, before.get(0).report()));
            }
        }
        return paired;
    }

    /**
     * The same agency's report of the year before among {@code candidates}, paired as
     * {@link #acrossYears} pairs them; empty when none or more than one is, when the report states
     * no agency or year, or when {@code stop} says so between two files.
     */
    public Optional<Report> lastYearAmong(AuditResult result, List<Path> candidates, BooleanSupplier stop) {
        if (result.report().year() == null || AgencyNames.key(result.report().agency()) == null) {
            return Optional.empty();
        }
        List<AuditResult> all = new ArrayList<>();
        all.add(result);
        for (Path candidate : candidates) {
            if (stop.getAsBoolean()) {
                return Optional.empty();
            }
            AuditResult other = audit(candidate).withoutLayout();
            // a copy of the report itself is not another year's
            if (other.report().sha256() == null || !other.report().sha256().equals(result.report().sha256())) {
                all.add(other);
            }
        }
        return Optional.ofNullable(acrossYears(all).get(0).lastYear());
    }

    /** The audit with the checks against the same agency's report of the year before added. */
    public AuditResult againstLastYear(AuditResult result, Report lastYear) {
        return new AuditResult(result.report(), engine.across(lastYear, result.report(), result.findings()),
                result.document(), lastYear);
    }

    private static List<AuditResult> ofAgency(List<AuditResult> results, String agency, int year) {
        return results.stream().filter(r -> Integer.valueOf(year).equals(r.report().year())
                && AgencyNames.sameBody(agency, AgencyNames.key(r.report().agency()))).toList();
    }

    /** The audit with the auditor's review applied: corrections, decisions, their own findings. */
    public ReviewedResult review(AuditResult read, Review review) {
        return reviews.apply(read, review);
    }

    public AuditResult audit(Path file) {
        return audit(file, file.toString(), ReadOptions.DEFAULT);
    }
}
