package org.reportauditor.audit;

import java.util.List;

import org.reportauditor.ingest.RawDocument;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;

/**
 * A report as read and recognised, with what the checks found in it, and the document as its file
 * laid it out (paragraphs and grids of cells), for showing the source as it stands; with
 * {@code lastYear}, the same agency's report of the year before, which the across-year checks
 * compared it with ({@code null} when there was none).
 */
public record AuditResult(Report report, List<Finding> findings, RawDocument document, Report lastYear) {

    public AuditResult {
        findings = List.copyOf(findings);
    }

    /** A report audited on its own. */
    public AuditResult(Report report, List<Finding> findings, RawDocument document) {
        this(report, findings, document, null);
    }

    /**
     * The same without the document's blocks and text, which only showing the source needs: what a
     * large batch keeps of each report (the file, its kind and its problems stay, for the lists and
     * the exports).
     */
    public AuditResult withoutLayout() {
        return new AuditResult(report, findings, new RawDocument(document.file(), document.kind(), List.of(), "",
                document.problems()), lastYear);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Whether the file could not be read as a report at all (a part lost is not that: the rest is audited). */
    public boolean unreadable() {
        return report.problems().stream().anyMatch(p -> !p.partial());
    }
}
