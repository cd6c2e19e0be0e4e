package org.reportauditor.template;

import org.reportauditor.grammar.Numbering;
import org.reportauditor.grammar.PrintedNumber;

/**
 * Puts printed labels into one canonical form before comparing them: full-width brackets, digits and
 * letters become half-width, every kind of space and line break goes, quotes and dashes are
 * unified, ㈠ and ① become (一) and 1. "（二） 部分公开" and "(二)部分\n公开" compare equal.
 * (A hand-made fold rather than NFKC: it is all labels need, and a fresh process starts faster.)
 */
public final class LabelText {
    private static final String PARENTHESIZED = "一二三四五六七八九十";

    private LabelText() {
    }

    public static String normalize(String text) {
        return normalize(text, Integer.MAX_VALUE);
    }

    /** The canonical form of the text's beginning, {@code limit} characters of it or a few more. */
    public static String normalize(String text, int limit) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
        for (int i = 0; i < text.length() && out.length() < limit; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                continue;
            }
            if (c >= '\u3220' && c <= '\u3229') {
                out.append('(').append(PARENTHESIZED.charAt(c - '\u3220')).append(')');
                continue;
            }
            if (c >= '\u2460' && c <= '\u2473') {
                out.append(c - '\u2460' + 1);
                continue;
            }
            out.append(switch (c) {
                case '\u201c', '\u201d', '\u2018', '\u2019', '\u300c', '\u300d', '\'' -> '"';
                case '\u3010', '\u3014', '[' -> '(';
                case '\u3011', '\u3015', ']' -> ')';
                case '\u2014', '\u2013', '\u2212', '\u2012', '\u2015' -> '-';
                default -> PrintedNumber.halfWidth(c);
            });
        }
        return out.toString();
    }

    /** The label without its numbering and trailing punctuation: "(二)部分公开。" → "部分公开". */
    public static String core(String normalized) {
        String rest = Numbering.parse(normalized).rest();
        int end = rest.length();
        while (end > 0 && isTrailingPunctuation(rest.charAt(end - 1))) {
            end--;
        }
        return rest.substring(0, end);
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == ':' || c == '\u3002' || c == '.' || c == ',' || c == ';' || c == '\u3001';
    }

    public static boolean containsCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
