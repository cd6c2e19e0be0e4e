package org.reportauditor.check.across;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.template.Template;

/** {@code carry-over}: this year's 上年结转 = last year's 结转下年度, column by column (any two versions). */
public final class CarryOverRule implements AcrossRule {
    public static final String ID = "carry-over";

    @Override
    public List<Finding> check(Report lastYear, Report thisYear) {
        List<Finding> findings = new ArrayList<>();
        for (var column : Template.APPLICANT_COLUMNS) {
            CellAddress carriedOver = new CellAddress(Template.APPLICATIONS, "carried_over", column.id());
            CellAddress carriedForward = new CellAddress(Template.APPLICATIONS, "carried_forward", column.id());
            new Continuity(ID, carriedOver, Continuity.value(lastYear, carriedForward).orElse(null),
                    "finding.carry-over").check(lastYear, thisYear).ifPresent(findings::add);
        }
        return findings;
    }
}
