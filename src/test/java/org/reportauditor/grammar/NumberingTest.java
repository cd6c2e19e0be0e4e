package org.reportauditor.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one grammar of a heading's numbering, as the PDF reader (where a paragraph starts), the text
 * reader (what never continues a cell) and the template (sections, labels) now all read it.
 */
class NumberingTest {

    @ParameterizedTest(name = "\"{0}\" starts a heading: {1}")
    @CsvSource(delimiter = '|', value = {
        "一、总体情况|true", "（一）主动公开|true", "(二)|true", "1、行政许可|true", "3．其他|true", "（3）|true",
        "  二、 主动公开|true", "第一部分 总体情况|true", "第2章|true", "十二、|true",
        "2020年|false", "12.5万元|false", "本年度|false", "''|false",
        // what one reader took for a heading and another did not, now one way for all:
        // the PDF reader knew only 一、 (not 一. 一, 一:) and no 3)
        "一.总体情况|true", "3)其他|true",
        // the PDF reader took 一百、 and the text reader 100、 for headings: no report numbers a heading so
        "一百、|false", "100、|false",
    })
    void aHeadingStartsWithItsNumbering(String printed, boolean heading) {
        assertThat(Numbering.startsHeading(printed)).isEqualTo(heading);
    }
}
