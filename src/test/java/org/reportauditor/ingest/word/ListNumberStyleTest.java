package org.reportauditor.ingest.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListNumberStyleTest {

    @ParameterizedTest
    @CsvSource({"1,一", "9,九", "10,十", "11,十一", "19,十九", "20,二十", "21,二十一", "99,九十九", "100,一百",
        "101,一百零一", "110,一百一十", "1001,一千零一", "1010,一千零一十", "2345,二千三百四十五", "0,〇"})
    void chineseCountingWritesNumbersAsChineseDo(int n, String expected) {
        assertThat(ListNumberStyle.ofOoxml("chineseCounting").format(n)).isEqualTo(expected);
    }

    @Test
    void otherStylesOfChineseReports() {
        assertThat(ListNumberStyle.ofOoxml("chineseLegalSimplified").format(12)).isEqualTo("壹拾贰");
        assertThat(ListNumberStyle.ofOoxml("ideographTraditional").format(3)).isEqualTo("丙");
        assertThat(ListNumberStyle.ofOoxml("decimalEnclosedCircle").format(3)).isEqualTo("③");
        assertThat(ListNumberStyle.ofOoxml("decimalEnclosedCircle").format(21)).isEqualTo("21");
        assertThat(ListNumberStyle.ofOoxml("decimalFullWidth").format(12)).isEqualTo("１２");
        assertThat(ListNumberStyle.ofOoxml("ideographDigital").format(2021)).isEqualTo("二〇二一");
        assertThat(ListNumberStyle.ofOoxml("decimalZero").format(7)).isEqualTo("07");
    }

    @Test
    void latinStylesFollowWord() {
        assertThat(ListNumberStyle.ofOoxml("upperRoman").format(14)).isEqualTo("XIV");
        assertThat(ListNumberStyle.ofOoxml("lowerLetter").format(28)).isEqualTo("bb");
        assertThat(IntStream.rangeClosed(1, 3).mapToObj(ListNumberStyle.ofOoxml("upperLetter")::format))
                .containsExactly("A", "B", "C");
    }

    @Test
    void unknownStylesAreDecimalAndBulletsHaveNoNumber() {
        assertThat(ListNumberStyle.ofOoxml("hebrew2").format(5)).isEqualTo("5");
        assertThat(ListNumberStyle.ofOoxml("bullet").format(5)).isEmpty();
        assertThat(ListNumberStyle.ofMsonfc(0x25).format(3)).isEqualTo("三");
        assertThat(ListNumberStyle.ofMsonfc(0x17).format(3)).isEmpty();
    }
}
