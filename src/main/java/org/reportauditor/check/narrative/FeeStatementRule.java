package org.reportauditor.check.narrative;

import java.util.List;
import java.util.Optional;

import org.reportauditor.check.Rule;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Paragraph;
import org.reportauditor.model.Report;
import org.reportauditor.model.Section;
import org.reportauditor.model.Severity;
import org.reportauditor.model.TemplateVersion;
import org.reportauditor.model.Text;

/**
 * {@code fee-statement}: from the 2021 version on, section 六 must state the 信息处理费 charged (an
 * amount, or that none was); this one says nothing about it.
 */
public final class FeeStatementRule implements Rule {
    public static final String ID = "fee-statement";
    private static final List<String> FEE_WORDS = List.of("处理费", "收费", "收取费用", "费用");

    @Override
    public List<Finding> check(Report report) {
        boolean applies = report.version() == TemplateVersion.V2021
                || report.year() != null && TemplateVersion.requiredFor(report.year()) == TemplateVersion.V2021;
        Optional<Section> six = report.section(6);
        if (!applies || six.isEmpty()) {
            return List.of();
        }
        for (Paragraph p : six.get().paragraphs()) {
            if (FEE_WORDS.stream().anyMatch(p.text()::contains)) {
                return List.of();
            }
        }
        if (FEE_WORDS.stream().anyMatch(six.get().heading()::contains)) {
            return List.of();
        }
        return List.of(Finding.onText(ID, Severity.WARNING, List.of(), six.get().heading(),
                Text.of("finding.fee-statement"), six.get().headingSource()));
    }
}
