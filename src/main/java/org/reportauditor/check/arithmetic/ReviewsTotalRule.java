package org.reportauditor.check.arithmetic;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Report;
import org.reportauditor.template.Template;

/**
 * {@code reviews-total}: for 行政复议 and both kinds of 行政诉讼, 总计 = 结果维持 + 结果纠正 +
 * 其他结果 + 尚未审结.
 */
public final class ReviewsTotalRule implements EquationRule {
    public static final String ID = "reviews-total";

    @Override
    public List<Equation> equations(Report report) {
        List<Equation> equations = new ArrayList<>();
        report.table(Template.REVIEWS).ifPresent(table -> {
            for (String group : Template.REVIEW_GROUPS) {
                List<CellAddress> parts = new ArrayList<>();
                for (String outcome : Template.REVIEW_OUTCOMES) {
                    if (!outcome.equals("total")) {
                        parts.add(Template.reviewsCell(group, outcome));
                    }
                }
                equations.add(Equation.total(ID, Template.reviewsCell(group, "total"), parts));
            }
        });
        return equations;
    }
}
