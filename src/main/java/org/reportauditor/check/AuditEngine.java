package org.reportauditor.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.reportauditor.check.across.AcrossRule;
import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.FindingPlace;
import org.reportauditor.model.Problem;
import org.reportauditor.model.ProblemKind;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;
import org.reportauditor.model.SourceLocation;
import org.reportauditor.model.Text;
import org.slf4j.LoggerFactory;

/**
 * Runs the rules over a report. A report whose file could not be read at all is not checked. One
 * read in part is checked on what was read, but a finding the lost part could explain (a section,
 * table or row not found, a blank cell, a heading number skipped, a figure of the prose not matched)
 * is not the agency's error: such findings are withheld, and one hint says so. A rule that fails
 * costs its own findings only, and is a problem of the report.
 */
public final class AuditEngine {
    /** The rules whose findings a part of the file that could not be read may explain. */
    static final Set<String> A_LOST_PART_EXPLAINS = Set.of("missing-section", "missing-table", "missing-row",
            "blank-cell", "section-numbering", "section-title", "narrative-mismatch", "fee-statement");
    static final String WITHHELD_RULE = "unread-part";

    /** The report checked (with a problem for each rule that failed) and what the rules found. */
    public record Checked(Report report, List<Finding> findings) {
        public Checked {
            findings = List.copyOf(findings);
        }
    }

    private final List<Rule> rules;
    private final List<AcrossRule> acrossRules;

    public AuditEngine(List<Rule> rules) {
        this(rules, List.of());
    }

    /** @param acrossRules the checks between last year's report of an agency and this year's */
    public AuditEngine(List<Rule> rules, List<AcrossRule> acrossRules) {
        this.rules = List.copyOf(rules);
        this.acrossRules = List.copyOf(acrossRules);
    }

    /**
     * This year's findings with those of the checks against last year's report of the same agency
     * added, located in this year's file; none where either report could not be read at all.
     */
    public List<Finding> across(Report lastYear, Report thisYear, List<Finding> findings) {
        if (Stream.of(lastYear, thisYear).anyMatch(r -> r.problems().stream().anyMatch(p -> !p.partial()))) {
            return findings;
        }
        List<Finding> all = new ArrayList<>(findings);
        Set<String> ids = new HashSet<>();
        findings.forEach(f -> ids.add(f.id()));
        for (AcrossRule rule : acrossRules) {
            try {
                for (Finding f : rule.check(lastYear, thisYear)) {
                    all.add(unique(located(f, thisYear), ids));
                }
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(AuditEngine.class).error("The check {} failed on {} against {}",
                        rule.getClass().getSimpleName(), thisYear.file(), lastYear.file(), e);
            }
        }
        return List.copyOf(all);
    }

    public Checked check(Report report) {
        if (report.problems().stream().anyMatch(p -> !p.partial())) {
            return new Checked(report, List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<Problem> failures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            try {
                for (Finding f : rule.check(report)) {
                    findings.add(unique(located(f, report), ids));
                }
            } catch (RuntimeException e) {
                // a rule's bug must not cost the auditor the other rules' findings
                LoggerFactory.getLogger(AuditEngine.class).error("The check {} failed on {}",
                        rule.getClass().getSimpleName(), report.file(), e);
                failures.add(Problem.partial(ProblemKind.CHECK_FAILED,
                        Text.of("problem.checkFailed", report.file(), rule.getClass().getSimpleName())));
            }
        }
        List<Text> lostParts = report.problems().stream()
                .filter(p -> p.partial() && p.kind() != ProblemKind.CHECK_FAILED).map(Problem::message).toList();
        return new Checked(report.withProblems(failures), lostParts.isEmpty() ? findings : withheld(findings, lostParts));
    }

    /** The findings with those a lost part could explain replaced by one hint naming the parts and the checks. */
    private static List<Finding> withheld(List<Finding> findings, List<Text> lostParts) {
        List<Finding> kept = new ArrayList<>();
        Set<String> skipped = new TreeSet<>();
        for (Finding f : findings) {
            if (A_LOST_PART_EXPLAINS.contains(f.rule())) {
                skipped.add(f.rule());
            } else {
                kept.add(f);
            }
        }
        if (!skipped.isEmpty()) {
            kept.add(Finding.onCells(WITHHELD_RULE, Severity.INFO, List.of(),
                    Text.of("finding.unreadPart", lostParts, List.copyOf(skipped)), null));
        }
        return kept;
    }

    /**
     * Every place the finding concerns with where it stands: each cell it blames, the passages the
     * rule names itself, and its quote. A finding about cells that does not say where it stands is
     * where its first located cell is.
     */
    private static Finding located(Finding f, Report report) {
        List<FindingPlace> places = new ArrayList<>(f.places());
        SourceLocation first = null;
        for (CellAddress a : f.blamed()) {
            SourceLocation source = report.cell(a).map(Cell::source).orElse(null);
            places.add(new FindingPlace(a, source));
            first = first == null ? source : first;
        }
        if (f.quote() != null && f.source() != null && places.stream().noneMatch(p -> f.source().equals(p.source()))) {
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
