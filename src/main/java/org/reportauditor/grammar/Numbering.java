package org.reportauditor.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering a heading or label starts with, the one definition of a heading every layer uses
 * (the PDF reader's paragraphs, the text reader's tables, the template's sections and labels):
 * {@code 三、} (a chapter numeral), {@code (三)} (a bracketed numeral), {@code 3.} / {@code 3、} /
 * {@code (3)} (an item number), {@code 第三部分} / {@code 第三章} / {@code 第三节} (a part). Numbers are
 * given as integers, whatever numerals were printed.
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
        ARABIC,
        /** 第一部分 第一章 第一节 第1部分 */
        PART
    }

    /** The numerals headings are numbered by: 一 to 九十九. */
    private static final String NUMERAL = "([一二三四五六七八九十]{1,3})";
    private static final Pattern CHINESE = Pattern.compile("^" + NUMERAL + "[、.,:](?!\\d)");
    private static final Pattern CHINESE_BRACKETED = Pattern.compile("^\\(" + NUMERAL + "\\)[、.]?");
    private static final Pattern ARABIC = Pattern.compile("^(?:\\((\\d{1,2})\\)|(\\d{1,2})(?:[、.](?!\\d)|\\)))");
    private static final Pattern PART = Pattern.compile("^第(?:" + NUMERAL + "|(\\d{1,2}))(?:部分|章|节)");
    /** No numbering is longer: a heading's start is compacted no further. */
    private static final int LONGEST = 8;

    /** Whether printed text (of any width, with spaces) starts with a heading's numbering. */
    public static boolean startsHeading(String printed) {
        String head = printed.length() > 2 * LONGEST ? printed.substring(0, 2 * LONGEST) : printed;
        return parse(PrintedNumber.compact(head)).style() != Style.NONE;
    }

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
        m = PART.matcher(normalized);
        if (m.find()) {
            int number = m.group(1) != null ? ChineseNumeral.value(m.group(1)) : Integer.parseInt(m.group(2));
            return new Numbering(Style.PART, number, m.group(), normalized.substring(m.end()));
        }
        return new Numbering(Style.NONE, 0, "", normalized);
    }
}
