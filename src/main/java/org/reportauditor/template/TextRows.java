package org.reportauditor.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportauditor.ingest.RawCell;
import org.reportauditor.model.Paragraph;

/**
 * Lines of prose that are table rows in disguise: where a table was laid out with spaces rather
 * than drawn (text saved from a PDF, a page of a line-less table the reader could not rebuild),
 * "3.要求提供公开出版物 0 0 0 0 0 0 0" is a label and seven cells, and a short line without a full
 * stop may be the label of the numbers below it.
 */
final class TextRows {
    private static final int MAX_LABEL_LINE = 40;
    private static final int COLUMN_GAP = 2;
    /** Labels hold commas; only a sentence holds a full stop. */
    private static final String SENTENCE_MARKS = "。；;！？";
    private static final java.util.Set<String> UNITS = java.util.Set.of("万元", "万", "元", "个", "件", "项", "条");

    private TextRows() {
    }

    static Optional<List<RawCell>> cells(Paragraph p) {
        String text = p.text().strip();
        if (text.isEmpty() || text.chars().anyMatch(c -> SENTENCE_MARKS.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        List<int[]> tokens = tokens(text);
        int firstValue = tokens.size();
        while (firstValue > 0) {
            int[] t = tokens.get(firstValue - 1);
            if (!NumberParser.isValueLike(text.substring(t[0], t[1]))) {
                break;
            }
            firstValue--;
        }
        String head = firstValue == 0 ? "" : text.substring(0, tokens.get(firstValue - 1)[1]);
        if (LabelText.normalize(head).length() > MAX_LABEL_LINE) {
            return Optional.empty();
        }
        List<RawCell> cells = new ArrayList<>();
        if (firstValue > 0) {
            // labels of two columns ("（四）无法提供   1.本机关不掌握…") stand further apart than words
            int start = 0;
            int end = tokens.get(firstValue - 1)[1];
            for (int i = 1; i < firstValue; i++) {
                if (tokens.get(i)[0] - tokens.get(i - 1)[1] >= COLUMN_GAP) {
                    cells.add(new RawCell(text.substring(start, tokens.get(i - 1)[1]), 0, cells.size(), 1, 1,
                            p.locate(start, tokens.get(i - 1)[1])));
                    start = tokens.get(i)[0];
                }
            }
            cells.add(new RawCell(text.substring(start, end), 0, cells.size(), 1, 1, p.locate(start, end)));
        }
        for (int i = firstValue; i < tokens.size(); i++) {
            int[] t = tokens.get(i);
            cells.add(new RawCell(text.substring(t[0], t[1]), 0, cells.size(), 1, 1, p.locate(t[0], t[1])));
        }
        return Optional.of(cells);
    }

    /** Start and end of each run of non-space characters; a unit stays with its number ("435.1 万"). */
    private static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        for (int[] t : words(text)) {
            int last = tokens.size() - 1;
            if (last >= 0 && UNITS.contains(text.substring(t[0], t[1]))
                    && NumberParser.isValueLike(text.substring(tokens.get(last)[0], tokens.get(last)[1]))) {
                tokens.get(last)[1] = t[1];
            } else {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static List<int[]> words(String text) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new int[] {start, i});
            }
        }
        return tokens;
    }
}
