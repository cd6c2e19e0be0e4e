package org.reportauditor.check.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.check.Rule;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.ReportTable;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.model.Text;
import org.reportauditor.template.Template;

/**
 * {@code format-version}: tables laid out in a template version other than the one the report's
 * year requires (reports for 2021 and later must use the 2021 version). One finding per report.
 */
public final class FormatVersionRule implements Rule {
    public static final String ID = "format-version";

    @Override
    public List<Finding> check(Report report) {
        if (report.year() == null) {
            return List.of();
        }
        TemplateVersion required = TemplateVersion.requiredFor(report.year());
        List<Object> deviating = new ArrayList<>();
        ReportTable first = null;
        for (ReportTable table : report.tables()) {
            if (table.version() != null && table.version() != required) {
                deviating.add(Template.headingOfTable(table.id()));
                first = first == null ? table : first;
            }
        }
        if (deviating.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.onCells(ID, Severity.ERROR, List.of(),
                Text.of("finding.format-version", report.year(), required.id(), deviating,
                        first.version().id()), first.rows().isEmpty() ? null : first.rows().get(0).source()));
    }
}
