package org.reportauditor.template;

import java.text.Normalizer;

/**
 * Puts printed labels into one canonical form before comparing them: full-width brackets, digits and
 * letters become half-width (NFKC), every kind of space and line break goes, quotes and the
 * enumeration comma are unified. "（二） 部分公开" and "(二)部分\n公开" compare equal.
 */
public final class LabelText {
    private LabelText() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                continue;
            }
            out.append(switch (c) {
                case '\u201c', '\u201d', '\u2018', '\u2019', '\u300c', '\u300d', '\'' -> '"';
                case '\u3010', '\u3014', '[' -> '(';
                case '\u3011', '\u3015', ']' -> ')';
                case '\u2014', '\u2013', '\u2212', '\u2012', '\u2015' -> '-';
                default -> c;
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
