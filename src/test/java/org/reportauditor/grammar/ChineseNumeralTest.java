package org.reportauditor.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one grammar of Chinese numerals: headings' numbers, Word's list labels, years in titles. */
class ChineseNumeralTest {

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource({"1, 一", "10, 十", "11, 十一", "20, 二十", "23, 二十三", "99, 九十九", "101, 一百零一", "110, 一百一十",
        "1010, 一千零一十", "9999, 九千九百九十九"})
    void countingFormBothWays(int n, String numeral) {
        assertThat(ChineseNumeral.counting(n)).isEqualTo(numeral);
        assertThat(ChineseNumeral.value(numeral)).isEqualTo(n);
    }

    @Test
    void everyNumberBelowTenThousandReadsBackAsItself() {
        for (int n = 1; n < 10_000; n++) {
            assertThat(ChineseNumeral.value(ChineseNumeral.counting(n))).as("%d", n).isEqualTo(n);
        }
    }

    @Test
    void onlyWrittenNumeralsHaveAValue() {
        // 一十 as some write ten; 二二 and 十十 are no numerals (the headings' reader took 二二 for 0 too)
        assertThat(ChineseNumeral.value("一十")).isEqualTo(10);
        assertThat(ChineseNumeral.value("二二")).isZero();
        assertThat(ChineseNumeral.value("十十")).isZero();
        assertThat(ChineseNumeral.value("")).isZero();
        assertThat(ChineseNumeral.value("第一")).isZero();
    }

    @Test
    void aHundredIsWrittenInChineseWhereTheHeadingsWroteDigits() {
        // the section-numbering finding named an expected (一百) as (100) before
        assertThat(ChineseNumeral.counting(100)).isEqualTo("一百");
        assertThat(ChineseNumeral.counting(10_000)).isEqualTo("10000");
    }

    @Test
    void legalAndDigitForms() {
        assertThat(ChineseNumeral.legal(12)).isEqualTo("壹拾贰");
        assertThat(ChineseNumeral.legal(101)).isEqualTo("壹佰零壹");
        assertThat(ChineseNumeral.digits(2020)).isEqualTo("二〇二〇");
        assertThat(ChineseNumeral.digitsValue("二〇二〇")).isEqualTo(2020);
        assertThat(ChineseNumeral.digitsValue("二零二一")).isEqualTo(2021);
        assertThat(ChineseNumeral.digitsValue("二○二二")).isEqualTo(2022);
        assertThat(ChineseNumeral.digitsValue("2023")).isEqualTo(2023);
    }
}
