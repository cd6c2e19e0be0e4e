package org.reportauditor.check.across;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.template.Template;

/**
 * {@code items-continuity}, 2019 version: this year's 上一年项目数量 = last year's 上一年项目数量 + last
 * year's 本年增/减, for every item that counts them.
 */
public final class ItemsContinuityRule implements AcrossRule {
    public static final String ID = "items-continuity";
    private static final List<String> ROWS = List.of("licensing", "other_services", "penalty", "coercion", "fees");

    @Override
    public List<Finding> check(Report lastYear, Report thisYear) {
        List<Finding> findings = new ArrayList<>();
        if (lastYear.version() != TemplateVersion.V2019 || thisYear.version() != TemplateVersion.V2019) {
            return findings;
        }
        for (String row : ROWS) {
            var items = Continuity.value(lastYear, cell(row, "items_last_year"));
            var change = Continuity.value(lastYear, cell(row, "items_change"));
            if (items.isPresent() && change.isPresent()) {
                new Continuity(ID, cell(row, "items_last_year"), items.get().add(change.get()),
                        "finding.items-continuity").check(lastYear, thisYear).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static CellAddress cell(String row, String column) {
        return new CellAddress(Template.ART20, row, column);
    }
}
