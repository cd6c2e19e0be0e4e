package org.reportauditor.template;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportauditor.grammar.ChineseNumeral;
import org.reportauditor.grammar.ReportTitleWords;
import org.reportauditor.model.Paragraph;

/**
 * The agency and the year a report is for, read from its title: "某市卫生健康委员会2020年" +
 * "政府信息公开工作年度报告", or "2020年XX局政府信息公开工作年度报告" on one line.
 */
record ReportTitle(String agency, Integer year) {
    private static final Pattern YEAR = Pattern.compile(
            "((?:19|20)\\d{2}|二[〇零○][" + ChineseNumeral.DIGITS + "零○]{2})\\s*年(?:度)?");
    private static final int MAX_TITLE_LINES = 4;
    private static final int MAX_TITLE_LENGTH = 80;

    ReportTitle {
        agency = agency == null || agency.isBlank() ? null : agency;
    }

    static ReportTitle read(List<Paragraph> leading, String wholeText) {
        for (int i = 0; i < leading.size(); i++) {
            String line = leading.get(i).text().strip();
            if (line.length() > MAX_TITLE_LENGTH || !ReportTitleWords.in(line)) {
                continue;
            }
            StringBuilder title = new StringBuilder();
            for (int j = Math.max(0, i - MAX_TITLE_LINES + 1); j <= i; j++) {
                String t = leading.get(j).text().strip();
                if (t.length() <= MAX_TITLE_LENGTH) {
                    title.append(t);
                } else {
                    title.setLength(0);
                }
            }
            return fromTitle(title.toString().replaceAll("\\s+", ""), wholeText);
        }
        return new ReportTitle(null, firstYear(wholeText));
    }

    private static ReportTitle fromTitle(String title, String wholeText) {
        int words = ReportTitleWords.find(title);
        String head = title.substring(0, words >= 0 ? words : title.length());
        Matcher year = YEAR.matcher(head);
        if (!year.find()) {
            return new ReportTitle(agency(head), firstYear(wholeText));
        }
        String before = head.substring(0, year.start());
        String after = head.substring(year.end());
        String agency = agency(before).isEmpty() ? agency(after) : agency(before);
        return new ReportTitle(agency, ChineseNumeral.digitsValue(year.group(1)));
    }

    private static String agency(String s) {
        String a = s.replaceFirst("^关于", "").replaceAll("[《》“”\"]", "");
        return a.endsWith("的") ? a.substring(0, a.length() - 1) : a;
    }

    private static Integer firstYear(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? ChineseNumeral.digitsValue(m.group(1)) : null;
    }
}
