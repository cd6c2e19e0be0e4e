package org.reportauditor.check.plausibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.reportauditor.check.Rule;
import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TableRow;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.model.Text;
import org.reportauditor.template.CellNames;
import org.reportauditor.template.ColumnSpec;
import org.reportauditor.template.RowSpec;
import org.reportauditor.template.Template;

/**
 * {@code plausibility}: numbers that are legal arithmetic but unlikely, each finding saying why.
 * Documents made but none published; more published this year than in total; fewer than zero
 * items after this year's change; more carried forward than there was to handle; a result row
 * above the total; an agency below the level that may make 规章 reporting 规章 it made.
 */
public final class PlausibilityRule implements Rule {
    public static final String ID = "plausibility";
    /** Counties, districts, towns, streets and their departments may not make 规章; 自治区 (provinces) may. */
    private static final Pattern BELOW_REGULATION_LEVEL = Pattern.compile("(县|(?<!自治)区|镇|乡|街道|旗)");

    @Override
    public List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        report.table(Template.ART20).ifPresent(t -> art20(report, t, findings));
        report.table(Template.APPLICATIONS).ifPresent(t -> applications(t, report.versionOf(t), findings));
        return findings;
    }

    private static void art20(Report report, ReportTable table, List<Finding> findings) {
        for (String row : List.of("regulations", "normative_documents")) {
            Optional<BigDecimal> made = value(table, row, "made");
            Optional<BigDecimal> published = value(table, row, "published");
            Optional<BigDecimal> total = value(table, row, "total_published");
            if (published.isPresent() && total.isPresent() && published.get().compareTo(total.get()) > 0) {
                findings.add(finding(List.of(cell(row, "published"), cell(row, "total_published")),
                        "finding.plausibility.published-above-total", CellNames.row(Template.ART20, row),
                        published.get(), total.get()));
            }
            if (made.isPresent() && published.isPresent() && total.isPresent() && made.get().signum() > 0
                    && published.get().signum() == 0 && total.get().signum() == 0) {
                findings.add(finding(List.of(cell(row, "made"), cell(row, "published")),
                        "finding.plausibility.made-not-published", CellNames.row(Template.ART20, row), made.get()));
            }
        }
        for (TableRow row : table.rows()) {
            Optional<BigDecimal> last = value(table, row.id(), "items_last_year");
            Optional<BigDecimal> change = value(table, row.id(), "items_change");
            if (last.isPresent() && change.isPresent() && last.get().add(change.get()).signum() < 0) {
                findings.add(finding(List.of(cell(row.id(), "items_last_year"), cell(row.id(), "items_change")),
                        "finding.plausibility.items-below-zero", CellNames.row(Template.ART20, row.id()), last.get(),
                        change.get()));
            }
        }
        if (report.agency() != null && BELOW_REGULATION_LEVEL.matcher(report.agency()).find()) {
            for (String column : List.of("made", "issued")) {
                value(table, "regulations", column).filter(v -> v.signum() > 0).ifPresent(v -> findings.add(
                        finding(List.of(cell("regulations", column)), "finding.plausibility.regulations-level",
                                report.agency(), v)));
            }
        }
    }

    private static void applications(ReportTable table, TemplateVersion version, List<Finding> findings) {
        for (ColumnSpec column : Template.APPLICANT_COLUMNS) {
            String c = column.id();
            Optional<BigDecimal> received = value(table, "new_received", c);
            Optional<BigDecimal> carried = value(table, "carried_over", c);
            Optional<BigDecimal> forward = value(table, "carried_forward", c);
            if (received.isPresent() && carried.isPresent() && forward.isPresent()
                    && forward.get().compareTo(received.get().add(carried.get())) > 0) {
                findings.add(finding(List.of(appCell("carried_forward", c), appCell("new_received", c),
                                appCell("carried_over", c)), "finding.plausibility.forward-above-available",
                        CellNames.column(Template.APPLICATIONS, "total", c), forward.get(),
                        received.get().add(carried.get())));
            }
            Optional<BigDecimal> total = value(table, "total", c);
            if (total.isEmpty()) {
                continue;
            }
            for (RowSpec result : Template.of(version).resultRows()) {
                value(table, result.id(), c).filter(v -> v.compareTo(total.get()) > 0).ifPresent(v -> findings.add(
                        finding(List.of(appCell(result.id(), c), appCell("total", c)),
                                "finding.plausibility.result-above-total",
                                CellNames.cell(appCell(result.id(), c)), v, total.get())));
            }
        }
    }

    private static Finding finding(List<CellAddress> cells, String key, Object... args) {
        return Finding.onCells(ID, Severity.WARNING, cells, Text.of(key, args), null);
    }

    private static Optional<BigDecimal> value(ReportTable table, String row, String column) {
        return table.cell(row, column).filter(Cell::hasValue).map(Cell::value);
    }

    private static CellAddress cell(String row, String column) {
        return new CellAddress(Template.ART20, row, column);
    }

    private static CellAddress appCell(String row, String column) {
        return new CellAddress(Template.APPLICATIONS, row, column);
    }
}
