package org.reportauditor.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering a heading or label starts with, read from normalised text: {@code 三、} (a chapter
 * numeral), {@code (三)} (a bracketed numeral), {@code 3.} / {@code 3、} / {@code (3)} (an item
 * number). Numbers are given as integers, whatever numerals were printed.
 */
public record Numbering(Style style, int number, String printed, String rest) {

    /** How the number is printed. */
    public enum Style {
        NONE,
        /** 一、 */
        CHINESE,
        /** (一) */
        CHINESE_BRACKETED,
        /** 1. 1、 1) (1) */
        ARABIC
    }

    private static final Pattern CHINESE = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.,:](?!\\d)");
    private static final Pattern CHINESE_BRACKETED = Pattern.compile("^\\(([一二三四五六七八九十]{1,3})\\)[、.]?");
    private static final Pattern ARABIC = Pattern.compile("^(?:\\((\\d{1,2})\\)|(\\d{1,2})(?:[、.](?!\\d)|\\)))");

    public static Numbering parse(String normalized) {
        Matcher m = CHINESE_BRACKETED.matcher(normalized);
        if (m.find()) {
            return new Numbering(Style.CHINESE_BRACKETED, chineseValue(m.group(1)), m.group(), normalized.substring(m.end()));
        }
        m = CHINESE.matcher(normalized);
        if (m.find()) {
            return new Numbering(Style.CHINESE, chineseValue(m.group(1)), m.group(), normalized.substring(m.end()));
        }
        m = ARABIC.matcher(normalized);
        if (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            return new Numbering(Style.ARABIC, Integer.parseInt(digits), m.group(), normalized.substring(m.end()));
        }
        return new Numbering(Style.NONE, 0, "", normalized);
    }

    /** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23; 0 for anything else. */
    public static int chineseValue(String numeral) {
        String digits = "一二三四五六七八九";
        int tenAt = numeral.indexOf('十');
        if (tenAt < 0) {
            return numeral.length() == 1 ? digits.indexOf(numeral.charAt(0)) + 1 : 0;
        }
        int tens = tenAt == 0 ? 1 : digits.indexOf(numeral.charAt(0)) + 1;
        int units = tenAt == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(tenAt + 1)) + 1;
        return tens * 10 + units;
    }

    public static String chineseNumeral(int n) {
        String digits = "一二三四五六七八九";
        if (n >= 1 && n <= 9) {
            return String.valueOf(digits.charAt(n - 1));
        }
        if (n >= 10 && n <= 99) {
            return (n >= 20 ? String.valueOf(digits.charAt(n / 10 - 1)) : "") + "十"
                    + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10 - 1)));
        }
        return String.valueOf(n);
    }
}
