package org.reportauditor.audit;

import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

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
        List<Keyed> keyed = keyed(results);
        Map<Integer, List<Keyed>> byYear = byYear(keyed);
        List<AuditResult> paired = new ArrayList<>(results.size());
        for (Keyed k : keyed) {
            paired.add(lastYearOf(k, byYear).map(lastYear -> againstLastYear(k.result(), lastYear)).orElse(k.result()));
        }
        return paired;
    }

    /**
     * The same agency's report of the year before among {@code candidates}, paired as
     * {@link #acrossYears} pairs them; empty when none or more than one is, when the report states
     * no agency or year, or when {@code stop} says so between two files.
     *
     * @param read gives a candidate's audit (one kept from an earlier search, say)
     */
    public Optional<Report> lastYearAmong(AuditResult result, List<Path> candidates, Function<Path, AuditResult> read,
                                          BooleanSupplier stop) {
        if (result.report().year() == null || AgencyNames.key(result.report().agency()) == null) {
            return Optional.empty();
        }
        List<AuditResult> all = new ArrayList<>();
        all.add(result);
        for (Path candidate : candidates) {
            if (stop.getAsBoolean()) {
                return Optional.empty();
            }
            all.add(read.apply(candidate));
        }
        List<Keyed> keyed = keyed(all);
        return lastYearOf(keyed.get(0), byYear(keyed));
    }

    /** A report with its agency's key, made once: the pairing stays quick for thousands of reports. */
    private record Keyed(AuditResult result, String agency) {
    }

    private static List<Keyed> keyed(List<AuditResult> results) {
        return results.stream().map(r -> new Keyed(r, AgencyNames.key(r.report().agency()))).toList();
    }

    /** The reports that state their agency and year, by year. */
    private static Map<Integer, List<Keyed>> byYear(List<Keyed> keyed) {
        Map<Integer, List<Keyed>> byYear = new HashMap<>();
        for (Keyed k : keyed) {
            if (k.result().report().year() != null && k.agency() != null) {
                byYear.computeIfAbsent(k.result().report().year(), y -> new ArrayList<>()).add(k);
            }
        }
        return byYear;
    }

    /** The one report of the same agency a year before, where it and this one are the only ones of their years. */
    private static Optional<Report> lastYearOf(Keyed k, Map<Integer, List<Keyed>> byYear) {
        Integer year = k.result().report().year();
        if (year == null || k.agency() == null) {
            return Optional.empty();
        }
        List<Keyed> before = ofAgency(byYear, k.agency(), year - 1);
        return before.size() == 1 && ofAgency(byYear, k.agency(), year).size() == 1
                ? Optional.of(before.get(0).result().report()) : Optional.empty();
    }

    /**
     * The reports of that agency and year, a file's copies (the same SHA-256) counted once: a copy
     * of a report is the same report, not a second one that would make the pairing unclear.
     */
    private static List<Keyed> ofAgency(Map<Integer, List<Keyed>> byYear, String agency, int year) {
        List<Keyed> found = new ArrayList<>();
        Set<String> digests = new HashSet<>();
        for (Keyed k : byYear.getOrDefault(year, List.of())) {
            String sha = k.result().report().sha256();
            if (AgencyNames.sameBody(agency, k.agency()) && (sha == null || digests.add(sha))) {
                found.add(k);
            }
        }
        return found;
    }

    /** The audit with the checks against the same agency's report of the year before added. */
    public AuditResult againstLastYear(AuditResult result, Report lastYear) {
        return new AuditResult(result.report(), engine.across(lastYear, result.report(), result.findings()),
                result.document(), lastYear);
    }

    /** The audit with the auditor's review applied: corrections, decisions, their own findings. */
    public ReviewedResult review(AuditResult read, Review review) {
        return reviews.apply(read, review);
    }

    public AuditResult audit(Path file) {
        return audit(file, file.toString(), ReadOptions.DEFAULT);
    }
}
