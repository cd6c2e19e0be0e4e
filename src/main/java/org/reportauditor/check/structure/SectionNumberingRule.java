package org.reportauditor.check.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.check.Rule;
import org.reportauditor.grammar.ChineseNumeral;
import org.reportauditor.grammar.Numbering;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Paragraph;
import org.reportauditor.model.Report;
import org.reportauditor.model.Section;
import org.reportauditor.model.Severity;
import org.reportauditor.model.Text;
import org.reportauditor.template.LabelText;

/**
 * {@code section-numbering}: within a section, the sub-headings （一）（二）… skip or repeat a
 * number ("（一）… （三）"). Starting again at （一） is a new list, not an error.
 */
public final class SectionNumberingRule implements Rule {
    public static final String ID = "section-numbering";
    private static final int QUOTE_LENGTH = 24;

    @Override
    public List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (Section section : report.sections()) {
            int previous = 0;
            for (Paragraph p : section.paragraphs()) {
                Numbering n = Numbering.parse(LabelText.normalize(p.text()));
                if (n.style() != Numbering.Style.CHINESE_BRACKETED) {
                    continue;
                }
                if (n.number() != 1 && n.number() != previous + 1 && previous > 0) {
                    String quote = quote(p.text());
                    String key = n.number() == previous ? "finding.section-numbering.repeat"
                            : "finding.section-numbering.skip";
                    findings.add(Finding.onText(ID, Severity.INFO, List.of(), quote,
                            Text.of(key, quote, ChineseNumeral.counting(previous), ChineseNumeral.counting(
                                    previous + 1)), p.locate(0, quote.length())));
                }
                previous = n.number();
            }
        }
        return findings;
    }

    /** The sub-heading itself: the paragraph up to its first full stop. */
    private static String quote(String text) {
        String s = text.strip();
        int stop = s.indexOf('。');
        int end = stop > 0 ? stop : Math.min(s.length(), QUOTE_LENGTH);
        return s.substring(0, Math.min(end, QUOTE_LENGTH));
    }
}
