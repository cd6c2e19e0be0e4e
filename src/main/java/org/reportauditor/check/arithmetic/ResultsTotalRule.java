package org.reportauditor.check.arithmetic;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Report;
import org.reportauditor.template.ColumnSpec;
import org.reportauditor.template.RowSpec;
import org.reportauditor.template.Template;

/**
 * {@code results-total}: in every column of the applications table, (七)总计 = the sum of the
 * result rows, (一)予以公开 to (六)其他处理, in the template version the table follows.
 */
public final class ResultsTotalRule implements EquationRule {
    public static final String ID = "results-total";

    @Override
    public List<Equation> equations(Report report) {
        List<Equation> equations = new ArrayList<>();
        report.table(Template.APPLICATIONS).ifPresent(table -> {
            List<RowSpec> results = Template.of(report.versionOf(table)).resultRows();
            for (ColumnSpec column : Template.APPLICANT_COLUMNS) {
                List<CellAddress> parts = new ArrayList<>();
                for (RowSpec row : results) {
                    parts.add(new CellAddress(Template.APPLICATIONS, row.id(), column.id()));
                }
                equations.add(Equation.total(ID, new CellAddress(Template.APPLICATIONS, "total", column.id()), parts));
            }
        });
        return equations;
    }
}
