package org.reportauditor.check.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.reportauditor.grammar.PrintedNumber;

/**
 * Finds the figures a paragraph states ("4 份", "3,119 件", "1491条") with the words on either
 * side, sentence by sentence. Years, dates, article numbers and phone numbers carry no unit of
 * count and are not figures.
 */
final class FigureReader {
    private static final Pattern FIGURE = Pattern.compile(
            "(约|近|超过|逾)?(" + PrintedNumber.WHOLE_REGEX + ")\\s*(余|多)?\\s*(件|份|条|个|项|宗|次|篇|场|期)");
    private static final String SENTENCE_END = "。；;！!？?\n";
    private static final String CLAUSE_END = "，,：:（()）、";

    private FigureReader() {
    }

    static List<StatedFigure> read(String text) {
        List<MatchResult> matches = FIGURE.matcher(text).results().toList();
        List<StatedFigure> figures = new ArrayList<>(matches.size());
        int sentence = 0;
        int sentenceCounted = 0;
        int previousEnd = 0;
        for (int k = 0; k < matches.size(); k++) {
            MatchResult m = matches.get(k);
            int start = m.start(2);
            for (int i = sentenceCounted; i < start; i++) {
                if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                    sentence++;
                    previousEnd = i + 1;
                }
            }
            sentenceCounted = start;
            int beforeStart = Math.max(previousEnd, clauseStart(text, start));
            int next = k + 1 < matches.size() ? matches.get(k + 1).start() : text.length();
            int afterEnd = afterEnd(text, m.end(), next);
            boolean approximate = m.group(1) != null || m.group(3) != null || text.startsWith("以上", m.end())
                    || text.startsWith("余", m.end());
            figures.add(new StatedFigure(new BigDecimal(m.group(2).replace(",", "")), m.group(4), approximate,
                    text.substring(beforeStart, m.start()), text.substring(m.end(), afterEnd), m.start(), m.end(),
                    beforeStart, afterEnd, sentence));
            previousEnd = m.end();
        }
        return figures;
    }

    private static int clauseStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (CLAUSE_END.indexOf(c) >= 0 || SENTENCE_END.indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The end of the words after a figure: the next punctuation, or the next figure. */
    private static int afterEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (CLAUSE_END.indexOf(c) >= 0 || SENTENCE_END.indexOf(c) >= 0) {
                return i;
            }
        }
        return limit;
    }
}
