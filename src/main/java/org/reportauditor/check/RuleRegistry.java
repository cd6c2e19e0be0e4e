package org.reportauditor.check;

import java.util.List;

import org.reportauditor.check.across.AcrossRule;
import org.reportauditor.check.across.CarryOverRule;
import org.reportauditor.check.across.CopiedTextRule;
import org.reportauditor.check.across.InForceContinuityRule;
import org.reportauditor.check.across.ItemsContinuityRule;
import org.reportauditor.check.arithmetic.ArithmeticCheck;
import org.reportauditor.check.arithmetic.BalanceRule;
import org.reportauditor.check.arithmetic.ResultsTotalRule;
import org.reportauditor.check.arithmetic.ReviewsTotalRule;
import org.reportauditor.check.arithmetic.RowTotalRule;
import org.reportauditor.check.narrative.FeeStatementRule;
import org.reportauditor.check.narrative.NarrativeMismatchRule;
import org.reportauditor.check.plausibility.PlausibilityRule;
import org.reportauditor.check.structure.BlankCellRule;
import org.reportauditor.check.structure.FormatVersionRule;
import org.reportauditor.check.structure.MissingRowRule;
import org.reportauditor.check.structure.MissingSectionRule;
import org.reportauditor.check.structure.MissingTableRule;
import org.reportauditor.check.structure.NegativeCountRule;
import org.reportauditor.check.structure.NonNumericRule;
import org.reportauditor.check.structure.SectionNumberingRule;
import org.reportauditor.check.structure.SectionTitleRule;
import org.reportauditor.check.structure.SubRowRule;

/** Every check the engine runs, in the order their findings are listed. Add a rule here. */
public final class RuleRegistry {
    private RuleRegistry() {
    }

    public static List<Rule> rules() {
        return List.of(
                new ArithmeticCheck(List.of(
                        new RowTotalRule(),
                        new ResultsTotalRule(),
                        new BalanceRule(),
                        new ReviewsTotalRule())),
                new MissingSectionRule(),
                new MissingTableRule(),
                new MissingRowRule(),
                new SubRowRule(),
                new FormatVersionRule(),
                new NegativeCountRule(),
                new BlankCellRule(),
                new NonNumericRule(),
                new SectionTitleRule(),
                new SectionNumberingRule(),
                new NarrativeMismatchRule(),
                new FeeStatementRule(),
                new PlausibilityRule());
    }

    /** The checks across two reports of one agency (rules.md, "Across reports"). */
    public static List<AcrossRule> acrossRules() {
        return List.of(new CarryOverRule(), new InForceContinuityRule(), new ItemsContinuityRule(),
                new CopiedTextRule());
    }
}
