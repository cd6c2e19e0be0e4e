package org.reportauditor.export.pdf;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reportauditor.audit.ReviewedFinding;
import org.reportauditor.audit.ReviewedResult;
import org.reportauditor.i18n.Messages;
import org.reportauditor.model.Correction;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReviewStatus;
import org.reportauditor.model.Severity;
import org.reportauditor.model.SourceLocation.PageRegion;
import org.reportauditor.template.CellNames;

/**
 * The pages appended after the report: its facts and counts, the corrections, the problems met in
 * reading it, and a table of every finding with the page it is marked on.
 */
final class SummaryPages {
    private static final double TITLE_SIZE = 15;
    private static final double TEXT_SIZE = 9.5;
    private static final double TABLE_SIZE = 7.5;
    private static final double[] WIDTHS = {22, 24, 34, 60, 88, 176, 34, 57};
    private static final String[] COLUMNS = {"number", "page", "severity", "rule", "place", "message", "status",
        "comment"};

    private final PageComposer composer;
    private final Messages messages;
    private final FindingNote note;

    SummaryPages(PageComposer composer, Messages messages, FindingNote note) {
        this.composer = composer;
        this.messages = messages;
        this.note = note;
    }

    /**
     * Writes the summary on new pages; {@code pages} gives each marked finding's page. Gives each
     * finding's row in the table, where a finding marked nowhere else gets its annotation.
     */
    Map<ReviewedFinding, PageRegion> write(ReviewedResult reviewed, List<ReviewedFinding> findings,
                                           Map<ReviewedFinding, Integer> pages) throws IOException {
        composer.newPage();
        Report report = reviewed.corrected().report();
        composer.paragraph(messages.get("export.pdf.title"), TITLE_SIZE, 0);
        composer.advance(TEXT_SIZE);
        fact("file", String.valueOf(reviewed.file().getFileName()));
        fact("agency", report.agency() == null ? "—" : report.agency());
        fact("year", report.year() == null ? "—" : String.valueOf(report.year()));
        fact("version", report.version() == null ? "—" : report.version().id());
        fact("sha256", report.sha256() == null ? "—" : report.sha256());
        composer.paragraph(messages.get("export.pdf.counts", reviewed.count(Severity.ERROR),
                reviewed.count(Severity.WARNING), reviewed.count(Severity.INFO)), TEXT_SIZE, 0);
        composer.paragraph(messages.get("export.pdf.reviewCounts", reviewed.count(ReviewStatus.OPEN),
                reviewed.count(ReviewStatus.CONFIRMED), reviewed.count(ReviewStatus.DISMISSED)), TEXT_SIZE, 0);
        if (findings.size() != reviewed.findings().size()) {
            composer.paragraph(messages.get("export.pdf.dismissedLeftOut",
                    reviewed.findings().size() - findings.size()), TEXT_SIZE, 0);
        }
        for (var problem : reviewed.read().report().problems()) {
            composer.paragraph(messages.get("export.pdf.problem", messages.format(problem.message())), TEXT_SIZE, 0);
        }
        if (!reviewed.orphaned().isEmpty()) {
            composer.paragraph(messages.get("export.pdf.orphaned", reviewed.orphaned().size()), TEXT_SIZE, 0);
        }
        corrections(reviewed.corrections());
        composer.advance(TEXT_SIZE);
        composer.paragraph(messages.get("export.pdf.findings"), TEXT_SIZE + 2, 0);
        return table(findings, pages);
    }

    private void fact(String key, String value) throws IOException {
        composer.paragraph(messages.get("export.fact." + key) + "：" + value, TEXT_SIZE, 0);
    }

    private void corrections(List<Correction> corrections) throws IOException {
        if (corrections.isEmpty()) {
            return;
        }
        composer.advance(TEXT_SIZE / 2);
        composer.paragraph(messages.get("export.pdf.corrections"), TEXT_SIZE, 0);
        for (Correction c : corrections) {
            composer.paragraph(messages.get("export.pdf.correction", messages.get("export.cellName",
                    CellNames.cell(c.cell())), plain(c.printed()), plain(c.value()),
                    c.reviewer() == null ? "" : c.reviewer(), c.time() == null ? "" : c.time().toString(),
                    c.note() == null ? "" : c.note()), TEXT_SIZE, 12);
        }
    }

    private Map<ReviewedFinding, PageRegion> table(List<ReviewedFinding> findings, Map<ReviewedFinding, Integer> pages)
            throws IOException {
        Map<ReviewedFinding, PageRegion> rows = new LinkedHashMap<>();
        List<String> header = java.util.Arrays.stream(COLUMNS).map(c -> messages.get("export.pdf.column." + c)).toList();
        composer.row(header, WIDTHS, TABLE_SIZE, true);
        int number = 1;
        for (ReviewedFinding f : findings) {
            if (composer.y() + 3 * TABLE_SIZE > PageComposer.PAGE_HEIGHT - PageComposer.MARGIN) {
                composer.newPage();
                composer.row(header, WIDTHS, TABLE_SIZE, true);
            }
            Integer page = pages.get(f);
            String comment = f.state().comment() == null ? "" : f.state().comment();
            rows.put(f, composer.row(List.of(String.valueOf(number++),
                    page == null ? messages.get("export.pdf.notOnPage") : String.valueOf(page), note.severity(f),
                    f.finding().rule(), note.place(f.finding()), note.message(f.finding()), note.status(f), comment),
                    WIDTHS, TABLE_SIZE, false));
        }
        if (findings.isEmpty()) {
            composer.paragraph(messages.get("export.pdf.noFindings"), TEXT_SIZE, 0);
        }
        return rows;
    }

    private static String plain(Object value) {
        return value instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }
}
