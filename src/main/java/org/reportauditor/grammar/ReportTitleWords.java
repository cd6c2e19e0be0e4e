package org.reportauditor.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that name an annual report on open government information in its title, once for
 * every layer: 政府信息公开工作年度报告, 政府信息公开年度报告, 政务公开工作报告, 政务公开年报, in this
 * order, so that a sentence about the regulation ("依据《政府信息公开条例》……编制本年度报告") is none.
 */
public final class ReportTitleWords {
    private static final Pattern WORDS =
            Pattern.compile("政(府信息|务)公开(工作)?(年度)?(工作)?(年度)?报告|政(府信息|务)公开年报");

    private ReportTitleWords() {
    }

    /** Where the words begin in the text, -1 where it holds none. */
    public static int find(String text) {
        Matcher m = WORDS.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** Whether the text holds the words. */
    public static boolean in(String text) {
        return find(text) >= 0;
    }
}
