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
import org.reportauditor.template.Template;
import org.reportauditor.template.ValueKind;

/** {@code negative-count}: a count that cannot be negative is (本年增/减 may be). */
public final class NegativeCountRule implements Rule {
    public static final String ID = "negative-count";

    @Override
    public List<Finding> check(Report report) {
        List<Finding> findings = new ArrayList<>();
        for (Cell c : report.cells()) {
            boolean count = Template.column(c.address()).map(col -> col.kind() == ValueKind.COUNT).orElse(false);
            if (count && c.hasValue() && c.value().signum() < 0) {
                findings.add(Finding.onCells(ID, Severity.ERROR, List.of(c.address()),
                        Text.of("finding.negative-count", CellNames.cell(c.address()), c.value()), c.source()));
            }
        }
        return findings;
    }
}
