package org.reportauditor.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one grammar of the words a report's title names it by, which the web reader and the template share. */
class ReportTitleWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"绥滨县卫健局2020年政府信息公开工作年度报告", "2020年度政府信息公开工作报告", "政府信息公开年度报告",
        "政务公开年报",
        // the template took it for a title, the web reader did not (it wanted 年度 or 年报 too)
        "政府信息公开工作报告"})
    void titlesNameTheReport(String text) {
        assertThat(ReportTitleWords.in(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the web reader took these for titles, by their words in any order; the template did not
        "依据《中华人民共和国政府信息公开条例》第五十条规定，编制本年度报告。", "关于2020年度政府信息公开工作情况的报告",
        "卫健委信息公开年度报告",
        "三、收到和处理政府信息公开申请情况"})
    void otherTextsDoNot(String text) {
        assertThat(ReportTitleWords.in(text)).isFalse();
    }
}
