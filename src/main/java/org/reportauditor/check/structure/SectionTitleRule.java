package org.reportauditor.check.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.check.Rule;
import org.reportauditor.grammar.Numbering;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.Section;
import org.reportauditor.model.Severity;
import org.reportauditor.model.Text;
import org.reportauditor.template.LabelText;
import org.reportauditor.template.SectionSpec;
import org.reportauditor.template.Template;

/**
 * {@code section-title}: a section heading deviates from the template: the wrong numbering ("5、"
 * for 五、) or a title other than the template's ("六、要报告的事项").
 */
public final class SectionTitleRule implements Rule {
    public static final String ID = "section-title";

    @Override
    public List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (Section section : report.sections()) {
            SectionSpec spec = Template.section(section.number());
            String printed = LabelText.normalize(section.heading());
            if (printed.startsWith(LabelText.normalize(spec.heading()))) {
                continue;
            }
            Numbering numbering = Numbering.parse(printed);
            boolean numberOk = numbering.style() == Numbering.Style.CHINESE && numbering.number() == spec.number();
            String key = numberOk ? "finding.section-title.title" : "finding.section-title.numbering";
            findings.add(Finding.onText(ID, Severity.WARNING, List.of(), section.heading(),
                    Text.of(key, section.heading(), spec.heading()), section.headingSource()));
        }
        return findings;
    }
}
