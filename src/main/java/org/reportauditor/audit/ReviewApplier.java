package org.reportauditor.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportauditor.check.AuditEngine;
import org.reportauditor.model.AddedFinding;
import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.CellReading;
import org.reportauditor.model.Correction;
import org.reportauditor.model.Decision;
import org.reportauditor.model.Finding;
import org.reportauditor.model.FindingPlace;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.Review;
import org.reportauditor.model.ReviewState;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.TableRow;
import org.reportauditor.model.Text;

/**
 * The one place where an audit and the auditor's review become the reviewed result
 * ({@code spec/review.md}): the corrections applied to the cells, the checks run again on the
 * corrected values, each finding given its decision, the auditor's own findings added, and the
 * decisions that no longer fit listed.
 */
public final class ReviewApplier {
    private final AuditEngine engine;

    public ReviewApplier(AuditEngine engine) {
        this.engine = engine;
    }

    public ReviewedResult apply(AuditResult read, Review review) {
        Report report = read.report();
        AuditResult corrected = read;
        if (!review.corrections().isEmpty()) {
            Report correctedReport = corrected(report, review.corrections());
            AuditEngine.Checked checked = engine.check(correctedReport);
            List<Finding> findings = read.lastYear() == null ? checked.findings()
                    : engine.across(read.lastYear(), checked.report(), checked.findings());
            corrected = new AuditResult(checked.report(), findings, read.document(), read.lastYear());
        }
        Map<String, Decision> decisions = new HashMap<>();
        for (Decision d : review.decisions()) {
            decisions.put(d.finding(), d);
        }
        Set<String> present = new HashSet<>();
        List<ReviewedFinding> findings = new ArrayList<>();
        for (Finding f : corrected.findings()) {
            present.add(f.id());
            findings.add(reviewed(f, decisions.get(f.id()), false));
        }
        for (AddedFinding added : review.added()) {
            present.add(added.id());
            findings.add(reviewed(asFinding(added, corrected.report()), decisions.get(added.id()), true));
        }
        List<ReviewedFinding> resolved = new ArrayList<>();
        if (corrected != read) {
            for (Finding f : read.findings()) {
                if (!present.contains(f.id())) {
                    resolved.add(reviewed(f, decisions.get(f.id()), false));
                }
            }
        }
        List<Decision> orphaned = review.decisions().stream().filter(d -> !present.contains(d.finding())).toList();
        boolean changed = review.sha256() != null && report.sha256() != null && !review.sha256().equals(report.sha256());
        return new ReviewedResult(read, corrected, review, findings, orphaned, resolved, changed);
    }

    private static ReviewedFinding reviewed(Finding f, Decision decision, boolean manual) {
        return decision == null ? new ReviewedFinding(f, ReviewState.OPEN, List.of(), manual)
                : new ReviewedFinding(f, decision.state(), decision.history(), manual);
    }

    /** The report with each corrected cell holding what the document really prints. */
    static Report corrected(Report report, List<Correction> corrections) {
        Map<CellAddress, Correction> byCell = new HashMap<>();
        corrections.forEach(c -> byCell.put(c.cell(), c));
        List<ReportTable> tables = new ArrayList<>();
        for (ReportTable table : report.tables()) {
            List<TableRow> rows = new ArrayList<>();
            for (TableRow row : table.rows()) {
                List<Cell> cells = new ArrayList<>();
                for (Cell cell : row.cells()) {
                    Correction c = byCell.get(cell.address());
                    cells.add(c == null ? cell : correctedCell(cell, c.value()));
                }
                rows.add(row.withCells(cells));
            }
            tables.add(new ReportTable(table.id(), table.version(), rows, table.confidence()));
        }
        return report.withTables(tables);
    }

    private static Cell correctedCell(Cell cell, BigDecimal value) {
        return new Cell(cell.address(), cell.text(), value, value == null ? CellReading.BLANK : CellReading.NUMBER,
                cell.source());
    }

    /** A finding of the auditor's own as the exports and the app list it, under the rule {@code manual}. */
    private static Finding asFinding(AddedFinding added, Report report) {
        List<FindingPlace> places = new ArrayList<>();
        SourceLocation first = added.source();
        for (CellAddress a : added.cells()) {
            SourceLocation source = report.cell(a).map(Cell::source).orElse(null);
            places.add(new FindingPlace(a, source));
            first = first == null ? source : first;
        }
        if (added.source() != null) {
            places.add(new FindingPlace(null, added.source()));
        }
        return new Finding(added.id(), AddedFinding.RULE, added.severity(), added.cells(), List.of(), null, null,
                Text.of("finding.manual", added.comment()), added.quote(), first, List.of(), places);
    }
}
