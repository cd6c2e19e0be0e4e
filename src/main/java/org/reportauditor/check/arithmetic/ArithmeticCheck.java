package org.reportauditor.check.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reportauditor.check.Rule;
import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;
import org.reportauditor.model.Text;
import org.reportauditor.template.CellNames;

/**
 * Checks the equations of the arithmetic rules, table by table, all at once: it localises the
 * smallest set of wrong cells and reports one finding per wrong cell, under the rule of the
 * equation that cell breaks first. An equation broken only because of a wrong cell is told in that
 * finding's message, not reported again. Where a finding stands is its wrong cell's place, which
 * the engine fills in.
 */
public final class ArithmeticCheck implements Rule {
    private final List<EquationRule> rules;

    public ArithmeticCheck(List<EquationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public List<Finding> check(Report report) {
        Map<String, List<Equation>> byTable = new LinkedHashMap<>();
        for (EquationRule rule : rules) {
            for (Equation e : rule.equations(report)) {
                byTable.computeIfAbsent(e.left().get(0).table(), t -> new ArrayList<>()).add(e);
            }
        }
        Map<CellAddress, BigDecimal> values = new HashMap<>();
        for (Cell c : report.cells()) {
            if (c.hasValue()) {
                values.put(c.address(), c.value());
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (List<Equation> equations : byTable.values().stream().flatMap(t -> components(t).stream()).toList()) {
            ErrorLocalizer.Result result = new ErrorLocalizer(equations, values).localise();
            if (result.localised()) {
                for (ErrorLocalizer.Correction c : result.corrections()) {
                    findings.add(finding(c, result, equations, values));
                }
            } else {
                for (Equation e : result.broken()) {
                    findings.add(unlocalised(e, values));
                }
            }
        }
        return findings;
    }

    private static Finding finding(ErrorLocalizer.Correction correction, ErrorLocalizer.Result result,
                                   List<Equation> equations, Map<CellAddress, BigDecimal> values) {
        CellAddress cell = correction.cell();
        Equation primary = primaryEquation(cell, result.broken(), equations);
        List<Object> consequences = new ArrayList<>();
        for (Equation e : result.broken()) {
            if (e != primary && e.contains(cell)) {
                consequences.add(EquationNames.of(e));
            }
        }
        Text reason = EquationNames.reason(primary, cell, values);
        List<List<CellAddress>> alternatives = alternativesTo(cell, result);
        Text message = Text.of("finding.arithmetic", CellNames.cell(cell), correction.actual(), correction.expected(),
                reason,
                consequences.isEmpty() ? "" : Text.of("finding.arithmetic.consequences", consequences),
                alternatives.isEmpty() ? "" : Text.of("finding.arithmetic.alternatives",
                        alternatives.stream().map(ArithmeticCheck::names).toList()));
        return new Finding(primary.rule(), Severity.ERROR, primary.cells(), List.of(cell), correction.expected(),
                correction.actual(), message, null, null, alternatives);
    }

    /**
     * The other ways to fix what this cell's correction fixes: each other smallest set that leaves
     * this cell as printed, without the cells it shares with the chosen set.
     */
    private static List<List<CellAddress>> alternativesTo(CellAddress cell, ErrorLocalizer.Result result) {
        List<CellAddress> chosen = result.corrections().stream().map(ErrorLocalizer.Correction::cell).toList();
        List<List<CellAddress>> alternatives = new ArrayList<>();
        for (List<CellAddress> other : result.alternatives()) {
            if (!other.contains(cell)) {
                List<CellAddress> instead = other.stream().filter(c -> !chosen.contains(c)).toList();
                if (!alternatives.contains(instead)) {
                    alternatives.add(instead);
                }
            }
        }
        return alternatives;
    }

    /**
     * Equations that share no cell are independent problems: each is localised on its own. The
     * rules' order is kept inside each group: it decides which rule a finding is told under.
     */
    private static List<List<Equation>> components(List<Equation> equations) {
        int[] parent = new int[equations.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<CellAddress, Integer> firstEquation = new HashMap<>();
        for (int i = 0; i < equations.size(); i++) {
            for (CellAddress c : equations.get(i).cells()) {
                Integer j = firstEquation.putIfAbsent(c, i);
                if (j != null) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Equation>> groups = new LinkedHashMap<>();
        for (int i = 0; i < equations.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(equations.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The broken equation that defines the cell as its total, else the first broken one it is in. */
    private static Equation primaryEquation(CellAddress cell, List<Equation> broken, List<Equation> all) {
        Optional<Equation> defining = broken.stream().filter(e -> cell.equals(e.target())).findFirst();
        return defining.or(() -> broken.stream().filter(e -> e.contains(cell)).findFirst())
                .or(() -> all.stream().filter(e -> e.contains(cell)).findFirst())
                .orElseThrow();
    }

    private static Finding unlocalised(Equation e, Map<CellAddress, BigDecimal> values) {
        CellAddress target = e.target() != null ? e.target() : e.left().get(0);
        BigDecimal left = EquationNames.sum(e.left(), values);
        BigDecimal right = EquationNames.sum(e.right(), values);
        BigDecimal actual = values.get(target);
        BigDecimal expected = actual.add(right).subtract(left);
        Text message = Text.of("finding.arithmetic.unlocalised", EquationNames.of(e), left, right);
        return new Finding(e.rule(), Severity.ERROR, e.cells(), List.of(target), expected, actual, message, null,
                null, List.of());
    }

    private static List<Object> names(List<CellAddress> set) {
        return set.stream().<Object>map(CellNames::cell).toList();
    }
}
