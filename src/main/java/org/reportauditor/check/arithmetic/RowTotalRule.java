package org.reportauditor.check.arithmetic;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Report;
import org.reportauditor.model.TableRow;
import org.reportauditor.template.ColumnSpec;
import org.reportauditor.template.Template;

/** {@code row-total}: in every row of the applications table, 总计 = the six applicant columns. */
public final class RowTotalRule implements EquationRule {
    public static final String ID = "row-total";

    @Override
    public List<Equation> equations(Report report) {
        List<Equation> equations = new ArrayList<>();
        report.table(Template.APPLICATIONS).ifPresent(table -> {
            for (TableRow row : table.rows()) {
                List<CellAddress> parts = new ArrayList<>();
                for (ColumnSpec column : Template.APPLICANT_COLUMNS) {
                    if (!column.id().equals("total")) {
                        parts.add(new CellAddress(Template.APPLICATIONS, row.id(), column.id()));
                    }
                }
                equations.add(Equation.total(ID,
                        new CellAddress(Template.APPLICATIONS, row.id(), "total"), parts));
            }
        });
        return equations;
    }
}
