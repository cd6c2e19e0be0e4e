package org.reportauditor.grammar;

import java.util.regex.Pattern;

/**
 * A number as a report prints it, once for every layer: a sign, digits with or without thousands
 * separators, a decimal part: "12", "-3", "1,853", "545.1896", in half-width or full-width forms
 * ("１２", "１，８５３"), spaces inside ignored. "12%" is not one: it is a share, no count or amount
 * of the template's tables, and a cell printing it is text.
 */
public final class PrintedNumber {
    /** A whole number without sign, what prose states a count by ("3,119 件"). */
    public static final String WHOLE_REGEX = "\\d{1,3}(?:,\\d{3})+|\\d+";
    /** The grammar over {@link #compact compact} text, for patterns that read a number and more (a unit). */
    public static final String REGEX = "[+-]?(?:" + WHOLE_REGEX + ")(?:\\.\\d+)?";
    private static final Pattern NUMBER = Pattern.compile(REGEX);

    private PrintedNumber() {
    }

    /** Whether the text is a number and nothing else. */
    public static boolean is(String printed) {
        return NUMBER.matcher(compact(printed)).matches();
    }

    /** Whether compact text ({@link #compact}) is a number and nothing else. */
    public static boolean isCompact(String compact) {
        return NUMBER.matcher(compact).matches();
    }

    /** Full-width forms to half-width, the minus sign to a hyphen, no spaces of any kind. */
    public static String compact(String printed) {
        if (printed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(printed.length());
        for (int i = 0; i < printed.length(); i++) {
            char c = halfWidth(printed.charAt(i));
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\ufeff') {
                out.append(c == '\u2212' ? '-' : c);
            }
        }
        return out.toString();
    }

    /** Full-width ASCII (U+FF01..U+FF5E) and the halfwidth ideographic comma and stop. */
    public static char halfWidth(char c) {
        if (c >= '\uff01' && c <= '\uff5e') {
            return (char) (c - 0xfee0);
        }
        return switch (c) {
            case '\uff64' -> '\u3001';
            case '\uff61' -> '\u3002';
            default -> c;
        };
    }
}
