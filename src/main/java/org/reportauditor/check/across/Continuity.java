package org.reportauditor.check.across;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.reportauditor.model.Cell;
import org.reportauditor.model.CellAddress;
import org.reportauditor.model.Finding;
import org.reportauditor.model.Report;
import org.reportauditor.model.Severity;
import org.reportauditor.model.Text;
import org.reportauditor.template.CellNames;

/**
 * One equation between two years' cells, stated by a rule: this year's cell should hold what last
 * year's cells give. Silent when a cell of either side is not printed: nothing to compare.
 */
record Continuity(String rule, CellAddress thisYear, BigDecimal expected, String messageKey) {

    /** The value of a printed cell, empty where it is blank or missing. */
    static Optional<BigDecimal> value(Report report, CellAddress address) {
        return report.cell(address).filter(Cell::hasValue).map(Cell::value);
    }

    /** The finding when this year's cell differs from what last year's give, naming last year's file. */
    Optional<Finding> check(Report lastYear, Report current) {
        Optional<BigDecimal> printed = value(current, thisYear);
        if (printed.isEmpty() || expected == null || printed.get().compareTo(expected) == 0) {
            return Optional.empty();
        }
        Text message = Text.of(messageKey, CellNames.cell(thisYear), printed.get(), expected, lastYear.file(),
                lastYear.year());
        return Optional.of(new Finding(rule, Severity.WARNING, List.of(thisYear), List.of(), expected,
                printed.get(), message, null, null, List.of()));
    }
}
