package org.reportauditor.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.reportauditor.model.CellReading;

class NumberParserTest {

    @ParameterizedTest(name = "{0} → {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "0|COUNT|0|NUMBER",
        "1,853|COUNT|1853|NUMBER",
        "3,985,758|COUNT|3985758|NUMBER",
        "-46|SIGNED_COUNT|-46|NUMBER",
        "－46|SIGNED_COUNT|-46|NUMBER",
        "１２|COUNT|12|NUMBER",
        "　 12 |COUNT|12|NUMBER",
        "545.1896|AMOUNT|545.1896|NUMBER",
        "14个|COUNT|14|NUMBER_WITH_TEXT",
        "3964万元|AMOUNT|3964|NUMBER_WITH_TEXT",
        "435.1万|AMOUNT|435.1|NUMBER_WITH_TEXT",
        "75394432.52元|AMOUNT|7539.443252|CONVERTED_FROM_YUAN",
        "减少3|SIGNED_COUNT|-3|NUMBER_WITH_TEXT",
    })
    void numbersAreRead(String printed, ValueKind kind, String value, CellReading reading) {
        NumberReading r = NumberParser.read(printed, kind);
        assertThat(r.reading()).isEqualTo(reading);
        assertThat(r.value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {"''|BLANK", "'　'|BLANK", "/|NOT_APPLICABLE", "-|NOT_APPLICABLE",
        "—|NOT_APPLICABLE", "无|TEXT", "见附件|TEXT", "1 2 3 件 与 5 件|TEXT"})
    void blanksDashesAndWordsAreNotNumbers(String printed, CellReading reading) {
        NumberReading r = NumberParser.read(printed, ValueKind.COUNT);
        assertThat(r.reading()).isEqualTo(reading);
        assertThat(r.value()).isNull();
    }
}
