package org.reportauditor.template;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportauditor.grammar.PrintedNumber;
import org.reportauditor.model.CellReading;

/**
 * Reads the number a table cell prints: "1,853", "-46", "１２" (full-width), "14个", "3964万元",
 * "435.1万", "75394432.52元" (converted to 万元 where the column holds amounts). A blank is not 0
 * and "/" is not 0: each comes back as what it is.
 */
public final class NumberParser {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Pattern WITH_UNIT = Pattern.compile("(约|共|计|合计|增加|减少|新增)?(" + PrintedNumber.REGEX
            + ")(万元|万|元|个|件|项|条|次|家|份|人次|宗|笔|户)?");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("[/\\\\\u2014\u2013\u2012\u2015\u2212\u2500-]+|/|无此项|不适用");

    private NumberParser() {
    }

    public static NumberReading read(String printed, ValueKind kind) {
        String s = PrintedNumber.compact(printed);
        if (s.isEmpty()) {
            return NumberReading.BLANK;
        }
        if (NOT_APPLICABLE.matcher(s).matches()) {
            return NumberReading.NOT_APPLICABLE;
        }
        if (PrintedNumber.isCompact(s)) {
            return new NumberReading(number(s), CellReading.NUMBER);
        }
        Matcher m = WITH_UNIT.matcher(s);
        if (m.matches() && (m.group(1) != null || m.group(3) != null)) {
            BigDecimal value = number(m.group(2));
            if ("减少".equals(m.group(1))) {
                value = value.negate();
            }
            if ("元".equals(m.group(3)) && kind == ValueKind.AMOUNT) {
                return new NumberReading(value.divide(TEN_THOUSAND, MathContext.DECIMAL64).stripTrailingZeros(),
                        CellReading.CONVERTED_FROM_YUAN);
            }
            return new NumberReading(value, CellReading.NUMBER_WITH_TEXT);
        }
        return NumberReading.TEXT;
    }

    /** Whether the text is a value of a table (a number, possibly with a unit, a blank or "/"). */
    public static boolean isValueLike(String printed) {
        return read(printed, ValueKind.COUNT).isValueLike();
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace(",", "").replace("+", ""));
    }
}
