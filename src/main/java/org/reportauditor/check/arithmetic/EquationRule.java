package org.reportauditor.check.arithmetic;

import java.util.List;

import org.reportauditor.model.Report;

/**
 * An arithmetic rule: it states the equations that must hold between a report's cells. It does not
 * check them: {@link ArithmeticCheck} checks all equations of a table together, so that one wrong
 * cell is reported once, whichever equations it breaks.
 */
public interface EquationRule {

    List<Equation> equations(Report report);
}
