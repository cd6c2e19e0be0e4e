package org.reportauditor.ingest.pdf;

import java.io.IOException;

/**
 * A page whose content runs past one of the reader's budgets (operators, glyphs, ruling lines, nesting): it is not
 * read, and the problem says which budget and how large it is, so the user knows the page was no
 * report's page rather than damaged.
 */
final class PageOverBudget extends IOException {
    private static final long serialVersionUID = 1L;

    /** The budgets a page can run out of, each with the key of the problem saying so. */
    enum Budget {
        OPERATORS("problem.pageTooManyOperators"), GLYPHS("problem.pageTooManyGlyphs"),
        RULINGS("problem.pageTooManyLines"), NESTING("problem.pageNestedTooDeep");

        private final String problemKey;

        Budget(String problemKey) {
            this.problemKey = problemKey;
        }

        String problemKey() {
            return problemKey;
        }
    }

    private final Budget budget;
    private final int limit;

    PageOverBudget(Budget budget, int limit) {
        super(budget + " over " + limit);
        this.budget = budget;
        this.limit = limit;
    }

    Budget budget() {
        return budget;
    }

    int limit() {
        return limit;
    }
}
