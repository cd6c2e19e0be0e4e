package org.reportauditor.check.arithmetic;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.CellAddress;

/**
 * A linear equation between cells of one table, {@code sum(left) = sum(right)}, stated by the
 * arithmetic rule {@code rule}. When {@code left} is one cell, that cell is the total the equation
 * defines (its {@link #target()}).
 */
public record Equation(String rule, List<CellAddress> left, List<CellAddress> right) {

    public Equation {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** {@code total = a + b + …} */
    public static Equation total(String rule, CellAddress total, List<CellAddress> parts) {
        return new Equation(rule, List.of(total), parts);
    }

    public CellAddress target() {
        return left.size() == 1 ? left.get(0) : null;
    }

    public List<CellAddress> cells() {
        List<CellAddress> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }

    public boolean contains(CellAddress cell) {
        return left.contains(cell) || right.contains(cell);
    }

    /** +1 for a cell on the left, -1 on the right. */
    int coefficient(CellAddress cell) {
        return (left.contains(cell) ? 1 : 0) - (right.contains(cell) ? 1 : 0);
    }
}
