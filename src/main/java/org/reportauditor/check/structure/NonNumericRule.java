package org.reportauditor.check.structure;

import java.util.ArrayList;
import java.util.List;

import org.reportauditor.check.Rule;
import org.reportauditor.model.Cell;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;
import org.reportauditor.model.Text;
import org.reportauditor.template.CellNames;

/**
 * {@code non-numeric}: a number cell holds text that is not a plain number ("14个", "3964万元",
 * an amount in 元 where the template asks for 万元). Where a number could be read, it was.
 */
public final class NonNumericRule implements Rule {
    public static final String ID = "non-numeric";

    @Override
    public List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (Cell c : report.cells()) {
            String key = switch (c.reading()) {
                case NUMBER_WITH_TEXT -> "finding.non-numeric.read";
                case CONVERTED_FROM_YUAN -> "finding.non-numeric.yuan";
                case TEXT -> "finding.non-numeric.text";
                default -> null;
            };
            if (key != null) {
                findings.add(Finding.onCells(ID, Severity.WARNING, List.of(c.address()),
                        Text.of(key, CellNames.cell(c.address()), c.text().strip(), c.value()), c.source()));
            }
        }
        return findings;
    }
}
