package org.reportauditor.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.FindingPlace;
import org.reportauditor.model.Report;
import org.reportauditor.model.SourceLocation;
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
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            try {
                for (Finding f : rule.check(report)) {
                    findings.add(unique(located(f, report), ids));
                }
            } catch (RuntimeException e) {
                // a rule's bug must not cost the auditor the other rules' findings
                LoggerFactory.getLogger(AuditEngine.class).error("The check {} failed on {}", rule.getClass().getSimpleName(), report.file(), e);
            }
        }
        return List.copyOf(findings);
    }

    /**
     * Every place the finding concerns with where it stands: each cell it blames, and its quote. A
     * finding about cells that does not say where it stands is where its first located cell is.
     */
    private static Finding located(Finding f, Report report) {
        List<FindingPlace> places = new ArrayList<>();
        SourceLocation first = null;
        for (CellAddress a : f.blamed()) {
            SourceLocation source = report.cell(a).map(Cell::source).orElse(null);
            places.add(new FindingPlace(a, source));
            first = first == null ? source : first;
        }
        if (f.quote() != null && f.source() != null) {
            places.add(new FindingPlace(null, f.source()));
        }
        return f.located(f.source() != null ? f.source() : first, places);
    }

    /** Two findings of one report never share an id: a second one takes a number. */
    private static Finding unique(Finding f, Set<String> ids) {
        String id = f.id();
        for (int n = 2; !ids.add(id); n++) {
            id = f.id() + "#" + n;
        }
        return id.equals(f.id()) ? f : f.withId(id);
    }
}
