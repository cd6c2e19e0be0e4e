package org.reportauditor.check.narrative;

import java.math.BigDecimal;

/**
 * A figure stated in the prose ("答复 3050 件"), with the words around it: {@code before} runs
 * back to the previous figure or punctuation, {@code after} on to the next; {@code start} and
 * {@code end} are its characters in the paragraph, {@code clauseStart..clauseEnd} the clause it is
 * read in, which a finding quotes.
 */
record StatedFigure(BigDecimal value, String unit, boolean approximate, String before, String after,
                    int start, int end, int clauseStart, int clauseEnd, int sentence) {

    boolean says(String word) {
        return before.contains(word) || after.contains(word);
    }

    boolean saysAny(String... words) {
        for (String w : words) {
            if (says(w)) {
                return true;
            }
        }
        return false;
    }
}
