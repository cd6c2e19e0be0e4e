package org.reportauditor.check.arithmetic;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Report;
import org.reportauditor.template.ColumnSpec;
import org.reportauditor.template.Template;

/**
 * {@code balance}: in every column of the applications table, 本年新收 + 上年结转 = 总计 +
 * 结转下年度 (the 勾稽关系 printed above the table).
 */
public final class BalanceRule implements EquationRule {
    public static final String ID = "balance";

    @Override
    public List<Equation> equations(Report report) {
        List<Equation> equations = new ArrayList<>();
        report.table(Template.APPLICATIONS).ifPresent(table -> {
            for (ColumnSpec column : Template.APPLICANT_COLUMNS) {
                String c = column.id();
                equations.add(new Equation(ID,
                        List.of(cell("new_received", c), cell("carried_over", c)),
                        List.of(cell("total", c), cell("carried_forward", c))));
            }
        });
        return equations;
    }

    private static CellAddress cell(String row, String column) {
        return new CellAddress(Template.APPLICATIONS, row, column);
    }
}
