package org.reportauditor.check.across;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.template.Template;

/**
 * {@code in-force-continuity}, 2021 version: this year's 现行有效件数 = last year's + this year's 制发 −
 * 废止, for 规章 and 规范性文件.
 */
public final class InForceContinuityRule implements AcrossRule {
    public static final String ID = "in-force-continuity";
    private static final List<String> ROWS = List.of("regulations", "normative_documents");

    @Override
    public List<Finding> check(Report lastYear, Report thisYear) {
        List<Finding> findings = new ArrayList<>();
        if (lastYear.version() != TemplateVersion.V2021 || thisYear.version() != TemplateVersion.V2021) {
            return findings;
        }
        for (String row : ROWS) {
            var before = Continuity.value(lastYear, cell(row, "in_force"));
            var issued = Continuity.value(thisYear, cell(row, "issued"));
            var repealed = Continuity.value(thisYear, cell(row, "repealed"));
            if (before.isPresent() && issued.isPresent() && repealed.isPresent()) {
                new Continuity(ID, cell(row, "in_force"), before.get().add(issued.get()).subtract(repealed.get()),
                        "finding.in-force-continuity").check(lastYear, thisYear).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static CellAddress cell(String row, String column) {
        return new CellAddress(Template.ART20, row, column);
    }
}
