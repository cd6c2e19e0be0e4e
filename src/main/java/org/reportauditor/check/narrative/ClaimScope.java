package org.reportauditor.check.narrative;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a figure of the prose speaks of what the report's tables count: this body's applications
 * of the report's year, in their unit. A figure about another body or a part of this one ("区政府办代表
 * 区政府受理…"), about another year, a change against last year, or counted in another unit (条 of
 * information, 人次 of visitors) is out of scope, and claims nothing. Unclear means silent.
 */
final class ClaimScope {
    /** A body named as the subject of the verb that follows it. */
    private static final Pattern BODY = Pattern.compile(
            "(\\p{IsHan}{0,12}?(?:办公室|政府办|委员会|中心|部门|单位|街道|乡镇|局|委|办|院|所|处|科|站|队|镇|乡))"
                    + "(?=代表|共|全年|累计|本年|今年|年内|受理|收到|新收|接收|答复|办结|依法)");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final String[] SELF = {"本", "我", "该"};
    /** Words of time or linking that end before a body's name starts. */
    private static final String[] LEADING = {"以来", "年度", "年", "期间", "其中", "全年", "当年", "以及", "和", "与"};
    private static final String[] CHANGE = {"同比", "较上年", "比上年", "较去年", "比去年", "较上一年", "比上一年", "增加",
        "减少", "下降", "增长", "上升"};
    private static final String[] COUNTS = {"", "件", "份", "起", "宗", "个"};

    private ClaimScope() {
    }

    /** Whether the figure is about this body's applications or cases of the report's year. */
    static boolean inScope(StatedFigure f, String agency, Integer year) {
        return countsCases(f) && !aboutAnotherYear(f, year) && !aboutAChange(f) && !aboutAnotherBody(f, agency);
    }

    private static boolean countsCases(StatedFigure f) {
        for (String unit : COUNTS) {
            if (unit.equals(f.unit())) {
                return true;
            }
        }
        return false;
    }

    private static boolean aboutAnotherYear(StatedFigure f, Integer year) {
        Matcher m = YEAR.matcher(f.before());
        while (m.find()) {
            if (year == null || Integer.parseInt(m.group(1)) != year) {
                return true;
            }
        }
        return false;
    }

    private static boolean aboutAChange(StatedFigure f) {
        for (String word : CHANGE) {
            if (f.before().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean aboutAnotherBody(StatedFigure f, String agency) {
        Matcher m = BODY.matcher(f.before());
        while (m.find()) {
            String body = nameIn(m.group(1));
            if (!isSelf(body, agency)) {
                return true;
            }
        }
        return false;
    }

    /** The name itself, without the words of time that may run into it ("2020 年以来我委" is "我委"). */
    private static String nameIn(String run) {
        int start = 0;
        for (String word : LEADING) {
            int at = run.lastIndexOf(word);
            if (at >= 0) {
                start = Math.max(start, at + word.length());
            }
        }
        return run.substring(Math.min(start, run.length()));
    }

    /** "本机关", "我局", or the agency's own name (or its tail, "区卫生健康委员会" of "某市某区卫生健康委员会"). */
    private static boolean isSelf(String body, String agency) {
        for (String self : SELF) {
            if (body.startsWith(self)) {
                return true;
            }
        }
        return agency != null && body.length() >= 3 && agency.endsWith(body);
    }
}
