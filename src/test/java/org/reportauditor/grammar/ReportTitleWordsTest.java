package org.reportauditor.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one grammar of the words a report's title names it by, which the web reader and the template share. */
class ReportTitleWordsTest {

    @ParameterizedTest(name = "\"{0}\" names the report: {1}")
    @CsvSource(delimiter = '|', value = {
        "绥滨县卫健局2020年政府信息公开工作年度报告|true",
        "2020年度政府信息公开工作报告|true",
        "政府信息公开年度报告|true",
        "政务公开年报|true",
        // the template took it for a title, the web reader did not (it wanted 年度 or 年报 too)
        "政府信息公开工作报告|true",
        // the web reader took these for titles, by their words in any order; the template did not
        "依据《中华人民共和国政府信息公开条例》第五十条规定，编制本年度报告。|false",
        "关于2020年度政府信息公开工作情况的报告|false",
        "卫健委信息公开年度报告|false",
        "三、收到和处理政府信息公开申请情况|false",
    })
    void theWordsInTheirOrder(String text, boolean names) {
        assertThat(ReportTitleWords.in(text)).isEqualTo(names);
    }
}
