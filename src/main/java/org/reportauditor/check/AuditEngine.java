package org.reportauditor.check;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.slf4j.LoggerFactory;

/** Runs the rules over a report. A report whose file could not be read is not checked. */
public final class AuditEngine {
    private final List<Rule> rules;

    public AuditEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Finding> check(Report report) {
        if (!report.problems().isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                for (Finding f : rule.check(report)) {
                    findings.add(withSource(f, report));
                }
            } catch (RuntimeException e) {
                // a rule's bug must not cost the auditor the other rules' findings
                LoggerFactory.getLogger(AuditEngine.class).error("The check {} failed on {}", rule.getClass().getSimpleName(), report.file(), e);
            }
        }
        return List.copyOf(findings);
    }

    /** A finding about cells that does not say where it stands is where its first cell is. */
    private static Finding withSource(Finding f, Report report) {
        if (f.source() != null) {
            return f;
        }
        List<CellAddress> cells = f.suspects().isEmpty() ? f.cells() : f.suspects();
        for (CellAddress a : cells) {
            var source = report.cell(a).map(Cell::source).orElse(null);
            if (source != null) {
                return new Finding(f.rule(), f.severity(), f.cells(), f.suspects(), f.expected(), f.actual(),
                        f.message(), f.quote(), source, f.alternatives());
            }
        }
        return f;
    }
}
