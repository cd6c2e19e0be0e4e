package org.reportauditor.template;

import java.util.List;

/**
 * One of the six sections: its number (1..6), the numeral it is printed with ({@code 三}), the
 * template's title, and the words that identify a heading of it even when the title deviates.
 */
public record SectionSpec(int number, String numeral, String title, String english, List<String> keywords) {

    public SectionSpec {
        keywords = List.copyOf(keywords);
    }

    /** The heading as the template prints it: {@code 三、收到和处理政府信息公开申请情况}. */
    public String heading() {
        return numeral + "、" + title;
    }
}
