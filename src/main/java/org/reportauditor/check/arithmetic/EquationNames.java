package org.reportauditor.check.arithmetic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Text;
import org.reportauditor.template.CellNames;

/** How the findings put an equation into words: its name, and why a cell of it is wrong. */
public final class EquationNames {
    private EquationNames() {
    }

    /** "部分公开 行合计", "总计 列的办理结果合计", "行政复议 合计". */
    public static Text of(Equation e) {
        CellAddress anchor = e.target() != null ? e.target() : e.left().get(0);
        return switch (e.rule()) {
            case RowTotalRule.ID -> Text.of("equation.row-total", CellNames.row(anchor.table(), anchor.row()));
            case ResultsTotalRule.ID, BalanceRule.ID -> Text.of("equation." + e.rule(),
                    CellNames.column(anchor.table(), anchor.row(), anchor.column()));
            case ReviewsTotalRule.ID -> Text.of("equation.reviews-total", groupName(anchor));
            default -> Text.of("equation.other", e.rule());
        };
    }

    /**
     * Why {@code cell} is wrong in {@code e}, with the printed numbers: for a total, what its parts
     * add up to; for a part, the total it must make up.
     */
    static Text reason(Equation e, CellAddress cell, Map<CellAddress, BigDecimal> values) {
        if (e.rule().equals(BalanceRule.ID)) {
            return Text.of("reason.balance", sum(e.left(), values), sum(e.right(), values));
        }
        boolean isTotal = cell.equals(e.target());
        String role = isTotal ? "total" : "part";
        BigDecimal shown = isTotal ? sum(e.right(), values) : values.getOrDefault(e.target(), BigDecimal.ZERO);
        Object scope = e.rule().equals(ReviewsTotalRule.ID) ? groupName(cell) : "";
        return Text.of("reason." + e.rule() + "." + role, shown, scope);
    }

    static BigDecimal sum(List<CellAddress> cells, Map<CellAddress, BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CellAddress c : cells) {
            sum = sum.add(values.getOrDefault(c, BigDecimal.ZERO));
        }
        return sum;
    }

    /** 行政复议 / 行政诉讼·复议后起诉, from a reviews column id such as {@code suit_after_review.total}. */
    private static Text groupName(CellAddress cell) {
        String group = cell.column().substring(0, cell.column().indexOf('.'));
        return Text.of("reviews.group." + group);
    }
}
