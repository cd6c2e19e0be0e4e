package org.reportauditor.check.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.check.Rule;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.model.Text;
import org.reportauditor.template.SectionSpec;
import org.reportauditor.template.TableSpec;
import org.reportauditor.template.Template;

/** {@code missing-table}: a table of sections 二, 三 or 四 is absent. */
public final class MissingTableRule implements Rule {
    public static final String ID = "missing-table";

    @Override
    public List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (TableSpec table : Template.of(TemplateVersion.V2021).tables()) {
            if (report.table(table.id()).isEmpty()) {
                SectionSpec section = Template.section(table.section());
                findings.add(Finding.onCells(ID, Severity.ERROR, List.of(),
                        Text.of("finding.missing-table", section.heading()), null));
            }
        }
        return findings;
    }
}
