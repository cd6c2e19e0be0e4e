package org.reportauditor.check.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportauditor.model.CellAddress;

/**
 * Minimum-change error localisation (Fellegi–Holt): the smallest set of cells whose correction
 * makes every equation of a table hold. One wrong number breaks a row equation and a column
 * equation at once; naming that one cell, not the two broken sums, is what tells an auditor more
 * than a calculator does.
 *
 * <p>A cell without a value (blank, "/", missing) is unknown, not 0: it may take whatever value the
 * equations need, at no cost. Corrected counts must be whole and not negative. Where several sets
 * of the smallest size exist, the likelier comes first (one that corrects printed totals, which
 * agencies add up by hand, then the one with the smaller changes) and the others are alternatives.
 */
final class ErrorLocalizer {
    private static final int MAX_CHANGES = 6;
    private static final int MAX_TRIALS = 200_000;
    private static final int MAX_TIED = 8;
    private static final double EPSILON = 1e-6;

    /** A cell believed wrong: what it prints and what it should be. */
    record Correction(CellAddress cell, BigDecimal actual, BigDecimal expected) {
    }

    /**
     * The outcome: the corrections of the likelier smallest set, the other sets of that size, and
     * the equations the printed values break. {@code localised} is false when no set of at most
     * {@value #MAX_CHANGES} cells fixes the table (then {@code corrections} is empty).
     */
    record Result(List<Correction> corrections, List<List<CellAddress>> alternatives, List<Equation> broken,
                  boolean localised) {
    }

    private final List<Equation> equations;
    private final List<CellAddress> cells = new ArrayList<>();
    private final Map<CellAddress, Integer> index = new LinkedHashMap<>();
    private final double[] value;
    private final boolean[] unknown;
    private final int[][] terms;
    private final int[][] coefficients;
    private final double[] residual;
    private final Set<CellAddress> targets = new HashSet<>();

    ErrorLocalizer(List<Equation> equations, Map<CellAddress, BigDecimal> values) {
        this.equations = List.copyOf(equations);
        for (Equation e : equations) {
            for (CellAddress c : e.cells()) {
                index.computeIfAbsent(c, k -> {
                    cells.add(k);
                    return cells.size() - 1;
                });
            }
            if (e.target() != null) {
                targets.add(e.target());
            }
        }
        value = new double[cells.size()];
        unknown = new boolean[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            BigDecimal v = values.get(cells.get(i));
            unknown[i] = v == null;
            value[i] = v == null ? 0 : v.doubleValue();
        }
        terms = new int[equations.size()][];
        coefficients = new int[equations.size()][];
        residual = new double[equations.size()];
        for (int e = 0; e < equations.size(); e++) {
            Equation eq = equations.get(e);
            List<CellAddress> distinct = eq.cells().stream().distinct().toList();
            terms[e] = new int[distinct.size()];
            coefficients[e] = new int[distinct.size()];
            for (int t = 0; t < distinct.size(); t++) {
                terms[e][t] = index.get(distinct.get(t));
                coefficients[e][t] = eq.coefficient(distinct.get(t));
                residual[e] += coefficients[e][t] * value[terms[e][t]];
            }
        }
    }

    Result localise() {
        List<Integer> violated = new ArrayList<>();
        for (int e = 0; e < equations.size(); e++) {
            if (!hasUnknown(e) && Math.abs(residual[e]) > EPSILON) {
                violated.add(e);
            }
        }
        List<Equation> broken = violated.stream().map(equations::get).toList();
        if (violated.isEmpty() && solve(new int[0]) != null) {
            return new Result(List.of(), List.of(), List.of(), true);
        }
        int[] candidates = candidates(violated);
        List<int[]> found = new ArrayList<>();
        List<double[]> solutions = new ArrayList<>();
        int[] trials = {0};
        for (int k = 1; k <= Math.min(MAX_CHANGES, candidates.length) && found.isEmpty(); k++) {
            search(candidates, violated, new int[k], 0, 0, found, solutions, trials);
            if (trials[0] > MAX_TRIALS) {
                break;
            }
        }
        if (found.isEmpty()) {
            return new Result(List.of(), List.of(), broken, false);
        }
        Integer[] order = new Integer[found.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -targetCount(found.get(i)))
                .thenComparingDouble(i -> totalChange(solutions.get(i)))
                .thenComparing(i -> key(found.get(i))));
        int[] best = found.get(order[0]);
        double[] delta = solutions.get(order[0]);
        List<Correction> corrections = new ArrayList<>();
        for (int j = 0; j < best.length; j++) {
            int cell = best[j];
            corrections.add(new Correction(cells.get(cell), decimal(value[cell]), decimal(value[cell] + delta[j])));
        }
        List<List<CellAddress>> alternatives = new ArrayList<>();
        for (int i = 1; i < order.length; i++) {
            alternatives.add(java.util.Arrays.stream(found.get(order[i])).mapToObj(cells::get).toList());
        }
        return new Result(corrections, alternatives, broken, true);
    }

    /** The known cells worth changing: those of broken equations, and of equations with unknowns. */
    private int[] candidates(List<Integer> violated) {
        Set<Integer> chosen = new java.util.TreeSet<>();
        for (int e = 0; e < equations.size(); e++) {
            if (violated.contains(e) || hasUnknown(e)) {
                for (int t : terms[e]) {
                    if (!unknown[t]) {
                        chosen.add(t);
                    }
                }
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private void search(int[] candidates, List<Integer> violated, int[] set, int depth, int from,
                        List<int[]> found, List<double[]> solutions, int[] trials) {
        if (found.size() > MAX_TIED || trials[0] > MAX_TRIALS) {
            return;
        }
        if (depth == set.length) {
            trials[0]++;
            if (hitsAll(set, violated)) {
                double[] solution = solve(set);
                if (solution != null) {
                    found.add(set.clone());
                    solutions.add(solution);
                }
            }
            return;
        }
        for (int i = from; i <= candidates.length - (set.length - depth); i++) {
            set[depth] = candidates[i];
            search(candidates, violated, set, depth + 1, i + 1, found, solutions, trials);
        }
    }

    private boolean hitsAll(int[] set, List<Integer> violated) {
        for (int e : violated) {
            boolean hit = false;
            for (int t : terms[e]) {
                for (int s : set) {
                    if (s == t) {
                        hit = true;
                        break;
                    }
                }
            }
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    /**
     * The changes to the cells of {@code set} (and values for the unknown cells) that make every
     * equation hold with whole, non-negative counts, each cell of the set really changing; or
     * {@code null} if there are none. Gaussian elimination over the equations the set touches.
     */
    private double[] solve(int[] set) {
        List<Integer> vars = new ArrayList<>();
        for (int s : set) {
            vars.add(s);
        }
        for (int i = 0; i < cells.size(); i++) {
            if (unknown[i]) {
                vars.add(i);
            }
        }
        Map<Integer, Integer> column = new LinkedHashMap<>();
        for (int j = 0; j < vars.size(); j++) {
            column.put(vars.get(j), j);
        }
        List<double[]> rows = new ArrayList<>();
        for (int e = 0; e < equations.size(); e++) {
            double[] row = new double[vars.size() + 1];
            boolean touched = false;
            for (int t = 0; t < terms[e].length; t++) {
                Integer j = column.get(terms[e][t]);
                if (j != null) {
                    row[j] += coefficients[e][t];
                    touched = true;
                }
            }
            if (!touched) {
                if (Math.abs(residual[e]) > EPSILON) {
                    return null;
                }
                continue;
            }
            row[vars.size()] = -residual[e];
            rows.add(row);
        }
        double[] u = eliminate(rows, vars.size());
        if (u == null) {
            return null;
        }
        for (int j = 0; j < vars.size(); j++) {
            double rounded = Math.rint(u[j]);
            if (Math.abs(u[j] - rounded) > EPSILON) {
                return null;
            }
            u[j] = rounded;
            double corrected = value[vars.get(j)] + u[j];
            if (corrected < -EPSILON || (j < set.length && u[j] == 0)) {
                return null;
            }
        }
        for (int e = 0; e < equations.size(); e++) {
            double sum = residual[e];
            for (int t = 0; t < terms[e].length; t++) {
                Integer j = column.get(terms[e][t]);
                if (j != null) {
                    sum += coefficients[e][t] * u[j];
                }
            }
            if (Math.abs(sum) > EPSILON) {
                return null;
            }
        }
        return java.util.Arrays.copyOf(u, set.length);
    }

    /** Solves the augmented rows; free parameters are set to 0. {@code null} if inconsistent. */
    private static double[] eliminate(List<double[]> rows, int n) {
        int m = rows.size();
        double[][] a = rows.toArray(new double[0][]);
        int[] pivotColumn = new int[m];
        int rank = 0;
        for (int col = 0; col < n && rank < m; col++) {
            int pivot = rank;
            for (int r = rank + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < EPSILON) {
                continue;
            }
            double[] swap = a[rank];
            a[rank] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < m; r++) {
                if (r != rank && a[r][col] != 0) {
                    double f = a[r][col] / a[rank][col];
                    for (int c = col; c <= n; c++) {
                        a[r][c] -= f * a[rank][c];
                    }
                }
            }
            pivotColumn[rank] = col;
            rank++;
        }
        for (int r = rank; r < m; r++) {
            if (Math.abs(a[r][n]) > EPSILON) {
                return null;
            }
        }
        double[] u = new double[n];
        for (int r = 0; r < rank; r++) {
            u[pivotColumn[r]] = a[r][n] / a[r][pivotColumn[r]];
        }
        return u;
    }

    private boolean hasUnknown(int e) {
        for (int t : terms[e]) {
            if (unknown[t]) {
                return true;
            }
        }
        return false;
    }

    private int targetCount(int[] set) {
        int n = 0;
        for (int s : set) {
            if (targets.contains(cells.get(s))) {
                n++;
            }
        }
        return n;
    }

    private static double totalChange(double[] delta) {
        double sum = 0;
        for (double d : delta) {
            sum += Math.abs(d);
        }
        return sum;
    }

    private String key(int[] set) {
        StringBuilder k = new StringBuilder();
        for (int s : set) {
            k.append(cells.get(s)).append(';');
        }
        return k.toString();
    }

    private static BigDecimal decimal(double v) {
        return BigDecimal.valueOf(Math.round(v));
    }
}
