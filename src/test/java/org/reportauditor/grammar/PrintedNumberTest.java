package org.reportauditor.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one grammar of a printed number, which the PDF reader's table finder and the template's cells share. */
class PrintedNumberTest {

    @ParameterizedTest(name = "\"{0}\" is a number: {1}")
    @CsvSource(delimiter = '|', value = {
        "12|true", "-3|true", "+3|true", "−3|true", "1,853|true", "3,985,758|true", "545.1896|true",
        "１２|true", "１，８５３|true", "５４５．１|true", "1 853|true", "　12 |true",
        // a share is no count: the PDF reader took "12%" for a number where the template read it as text
        "12%|false", "12％|false",
        "1,85|false", "12.|false", "12个|false", "/|false", "''|false", "第3|false",
    })
    void aNumberIsASignDigitsAndADecimalPart(String printed, boolean number) {
        assertThat(PrintedNumber.is(printed)).isEqualTo(number);
    }
}
