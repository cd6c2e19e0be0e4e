package org.reportauditor.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportauditor.grammar.ChineseNumeral;

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
            return new Numbering(Style.CHINESE_BRACKETED, ChineseNumeral.value(m.group(1)), m.group(),
                    normalized.substring(m.end()));
        }
        m = CHINESE.matcher(normalized);
        if (m.find()) {
            return new Numbering(Style.CHINESE, ChineseNumeral.value(m.group(1)), m.group(), normalized.substring(m.end()));
        }
        m = ARABIC.matcher(normalized);
        if (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            return new Numbering(Style.ARABIC, Integer.parseInt(digits), m.group(), normalized.substring(m.end()));
        }
        return new Numbering(Style.NONE, 0, "", normalized);
    }
}
