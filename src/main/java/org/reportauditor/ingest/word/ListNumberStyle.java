package org.reportauditor.ingest.word;

import java.util.Locale;
import java.util.Map;

import org.reportauditor.grammar.ChineseNumeral;

/**
 * How Word writes the counter of a list level: "一", "（1）"'s "1", "①"... Word stores only the
 * style (OOXML {@code w:numFmt}, the MSONFC code of a .doc), never the number it displays.
 * Styles this reader does not know fall back to decimal, as Word does.
 */
enum ListNumberStyle {
    DECIMAL,
    DECIMAL_ZERO,
    DECIMAL_FULL_WIDTH,
    DECIMAL_ENCLOSED_CIRCLE,
    DECIMAL_ENCLOSED_PAREN,
    DECIMAL_ENCLOSED_FULLSTOP,
    UPPER_ROMAN,
    LOWER_ROMAN,
    UPPER_LETTER,
    LOWER_LETTER,
    CHINESE_COUNTING,
    CHINESE_LEGAL_SIMPLIFIED,
    IDEOGRAPH_DIGITAL,
    IDEOGRAPH_TRADITIONAL,
    IDEOGRAPH_ZODIAC,
    IDEOGRAPH_ENCLOSED_CIRCLE,
    /** No visible number: "none", and bullets (a symbol, not a count). */
    NONE;

    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private static final Map<String, ListNumberStyle> OOXML_NAMES = Map.ofEntries(
            Map.entry("decimal", DECIMAL),
            Map.entry("decimalhalfwidth", DECIMAL),
            Map.entry("decimalzero", DECIMAL_ZERO),
            Map.entry("decimalfullwidth", DECIMAL_FULL_WIDTH),
            Map.entry("decimalfullwidth2", DECIMAL_FULL_WIDTH),
            Map.entry("decimalenclosedcircle", DECIMAL_ENCLOSED_CIRCLE),
            Map.entry("decimalenclosedcirclechinese", DECIMAL_ENCLOSED_CIRCLE),
            Map.entry("decimalenclosedparen", DECIMAL_ENCLOSED_PAREN),
            Map.entry("decimalenclosedfullstop", DECIMAL_ENCLOSED_FULLSTOP),
            Map.entry("upperroman", UPPER_ROMAN),
            Map.entry("lowerroman", LOWER_ROMAN),
            Map.entry("upperletter", UPPER_LETTER),
            Map.entry("lowerletter", LOWER_LETTER),
            Map.entry("chinesecounting", CHINESE_COUNTING),
            Map.entry("chinesecountingthousand", CHINESE_COUNTING),
            Map.entry("japanesecounting", CHINESE_COUNTING),
            Map.entry("taiwanesecounting", CHINESE_COUNTING),
            Map.entry("taiwanesecountingthousand", CHINESE_COUNTING),
            Map.entry("chineselegalsimplified", CHINESE_LEGAL_SIMPLIFIED),
            Map.entry("ideographdigital", IDEOGRAPH_DIGITAL),
            Map.entry("taiwanesedigital", IDEOGRAPH_DIGITAL),
            Map.entry("ideographtraditional", IDEOGRAPH_TRADITIONAL),
            Map.entry("ideographzodiac", IDEOGRAPH_ZODIAC),
            Map.entry("ideographenclosedcircle", IDEOGRAPH_ENCLOSED_CIRCLE),
            Map.entry("none", NONE),
            Map.entry("bullet", NONE));

    /** MSONFC codes of a .doc ([MS-OSHARED] 2.2.1.3) for the styles above. */
    private static final Map<Integer, ListNumberStyle> MSONFC_CODES = Map.ofEntries(
            Map.entry(0x00, DECIMAL),
            Map.entry(0x01, UPPER_ROMAN),
            Map.entry(0x02, LOWER_ROMAN),
            Map.entry(0x03, UPPER_LETTER),
            Map.entry(0x04, LOWER_LETTER),
            Map.entry(0x0A, IDEOGRAPH_DIGITAL),
            Map.entry(0x0B, CHINESE_COUNTING),
            Map.entry(0x0E, DECIMAL_FULL_WIDTH),
            Map.entry(0x0F, DECIMAL),
            Map.entry(0x12, DECIMAL_ENCLOSED_CIRCLE),
            Map.entry(0x13, DECIMAL_FULL_WIDTH),
            Map.entry(0x16, DECIMAL_ZERO),
            Map.entry(0x17, NONE),
            Map.entry(0x1A, DECIMAL_ENCLOSED_FULLSTOP),
            Map.entry(0x1B, DECIMAL_ENCLOSED_PAREN),
            Map.entry(0x1C, DECIMAL_ENCLOSED_CIRCLE),
            Map.entry(0x1D, IDEOGRAPH_ENCLOSED_CIRCLE),
            Map.entry(0x1E, IDEOGRAPH_TRADITIONAL),
            Map.entry(0x1F, IDEOGRAPH_ZODIAC),
            Map.entry(0x21, CHINESE_COUNTING),
            Map.entry(0x23, CHINESE_COUNTING),
            Map.entry(0x24, IDEOGRAPH_DIGITAL),
            Map.entry(0x25, CHINESE_COUNTING),
            Map.entry(0x26, CHINESE_LEGAL_SIMPLIFIED),
            Map.entry(0x27, CHINESE_COUNTING),
            Map.entry(0xFF, NONE));

    static ListNumberStyle ofOoxml(String name) {
        return name == null ? DECIMAL : OOXML_NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), DECIMAL);
    }

    static ListNumberStyle ofMsonfc(int code) {
        return MSONFC_CODES.getOrDefault(code, DECIMAL);
    }

    /** The counter {@code n} as this style writes it. */
    String format(int n) {
        return switch (this) {
            case DECIMAL -> Integer.toString(n);
            case DECIMAL_ZERO -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case DECIMAL_FULL_WIDTH -> fullWidth(Integer.toString(n));
            case DECIMAL_ENCLOSED_CIRCLE -> enclosed(n, '\u2460', 20);
            case DECIMAL_ENCLOSED_PAREN -> enclosed(n, '\u2474', 20);
            case DECIMAL_ENCLOSED_FULLSTOP -> enclosed(n, '\u2488', 20);
            case UPPER_ROMAN -> roman(n);
            case LOWER_ROMAN -> roman(n).toLowerCase(Locale.ROOT);
            case UPPER_LETTER -> letters(n, 'A');
            case LOWER_LETTER -> letters(n, 'a');
            case CHINESE_COUNTING -> ChineseNumeral.counting(n);
            case CHINESE_LEGAL_SIMPLIFIED -> ChineseNumeral.legal(n);
            case IDEOGRAPH_DIGITAL -> ChineseNumeral.digits(n);
            case IDEOGRAPH_TRADITIONAL -> cyclic(n, HEAVENLY_STEMS);
            case IDEOGRAPH_ZODIAC -> cyclic(n, EARTHLY_BRANCHES);
            case IDEOGRAPH_ENCLOSED_CIRCLE -> enclosed(n, '\u3220', 10);
            case NONE -> "";
        };
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        ascii.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '\uFF10') : (char) c));
        return out.toString();
    }

    private static String enclosed(int n, char first, int count) {
        return n >= 1 && n <= count ? String.valueOf((char) (first + n - 1)) : Integer.toString(n);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    /** Word's letters: a..z, then aa..zz, aaa.. (the letter repeated, not base 26). */
    private static String letters(int n, char a) {
        if (n <= 0 || n > 780) {
            return Integer.toString(n);
        }
        return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String cyclic(int n, String symbols) {
        return n >= 1 ? String.valueOf(symbols.charAt((n - 1) % symbols.length())) : Integer.toString(n);
    }
}
