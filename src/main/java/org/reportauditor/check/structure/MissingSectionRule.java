package org.reportauditor.check.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.check.Rule;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;
import org.reportauditor.model.Text;
import org.reportauditor.template.SectionSpec;
import org.reportauditor.template.Template;

/** {@code missing-section}: one of the six sections of the template is absent. */
public final class MissingSectionRule implements Rule {
    public static final String ID = "missing-section";

    @Override
    public List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (SectionSpec section : Template.sections()) {
            if (report.section(section.number()).isEmpty()) {
                findings.add(Finding.onCells(ID, Severity.ERROR, List.of(),
                        Text.of("finding.missing-section", section.heading()), null));
            }
        }
        return findings;
    }
}
